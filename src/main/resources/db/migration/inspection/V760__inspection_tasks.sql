-- inspection V760 (issue 4, H5): inspection tasks (检查任务) created from a confirmed draw, one per drawn
-- object, with the chosen inspectors, the recorded result and its publication (一公开).

CREATE TABLE inspection_task
(
    id                         BIGSERIAL PRIMARY KEY,
    plan_id                    BIGINT        NOT NULL,
    plan_title                 VARCHAR(300)  NOT NULL,
    plan_region_code           VARCHAR(9)    NOT NULL,
    department_id              BIGINT        NOT NULL,
    draw_id                    VARCHAR(100)  NOT NULL,
    task_index                 INT           NOT NULL CHECK (task_index >= 0),
    subject_id                 BIGINT        NOT NULL,
    subject_name               VARCHAR(200)  NOT NULL,
    region_code                VARCHAR(9)    NOT NULL,
    category_code              VARCHAR(40)   NOT NULL,
    stratum                    VARCHAR(3)    NOT NULL CHECK (stratum IN ('A', 'B', 'C', 'D', 'ALL')),
    status                     VARCHAR(16)   NOT NULL CHECK (status IN ('ASSIGNED', 'UNSTAFFED', 'COMPLETED', 'PUBLISHED')),
    unstaffed_reason           VARCHAR(500),
    window_start               DATE          NOT NULL,
    deadline                   DATE          NOT NULL,
    publication_working_days   INT           NOT NULL CHECK (publication_working_days >= 0),
    outcome                    VARCHAR(32) CHECK (outcome IN ('QUALIFIED', 'RECTIFICATION_ORDERED', 'CASE_FILED', 'NOT_FOUND',
                                                              'UNABLE_TO_INSPECT')),
    summary                    VARCHAR(2000),
    completed_at               TIMESTAMPTZ,
    completed_by               VARCHAR(64),
    completed_by_inspector_id  BIGINT,
    completed_on               DATE,
    publication_due            DATE,
    published_at               TIMESTAMPTZ,
    published_by               VARCHAR(64),
    -- the subject's 统一社会信用代码 as published (the public record keeps what was published)
    published_uscc             VARCHAR(18),
    created_at                 TIMESTAMPTZ   NOT NULL,
    created_by                 VARCHAR(64)   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    updated_by                 VARCHAR(64)   NOT NULL,
    version                    INT           NOT NULL DEFAULT 0,
    CONSTRAINT inspection_task_draw_index UNIQUE (draw_id, task_index),
    CONSTRAINT inspection_task_unstaffed CHECK ((status = 'UNSTAFFED') = (unstaffed_reason IS NOT NULL)),
    CONSTRAINT inspection_task_result CHECK (status NOT IN ('COMPLETED', 'PUBLISHED')
        OR (outcome IS NOT NULL AND summary IS NOT NULL AND completed_on IS NOT NULL AND publication_due IS NOT NULL)),
    CONSTRAINT inspection_task_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX inspection_task_plan_idx ON inspection_task (plan_id, task_index);
CREATE INDEX inspection_task_region_idx ON inspection_task (region_code text_pattern_ops);
CREATE INDEX inspection_task_status_idx ON inspection_task (status, publication_due);
CREATE INDEX inspection_task_subject_idx ON inspection_task (subject_id, completed_on);

-- the inspectors chosen for a task, in draw order (the names as they were when the task was created)
CREATE TABLE inspection_task_inspector
(
    task_id        BIGINT       NOT NULL REFERENCES inspection_task (id),
    position       INT          NOT NULL,
    inspector_id   BIGINT       NOT NULL,
    inspector_name VARCHAR(50)  NOT NULL,
    PRIMARY KEY (task_id, position)
);
CREATE INDEX inspection_task_inspector_idx ON inspection_task_inspector (inspector_id, task_id);
