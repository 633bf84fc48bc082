-- Claims monitoring leads (线索) and their review: 初审 → 复审 → 申诉 → 核查 → 处理 (ADR 0045).

-- Which registry subject a medical-insurance designated institution code (医保定点机构编码) stands for.
CREATE TABLE monitoring_institution_link
(
    fixmedins_code VARCHAR(64) NOT NULL PRIMARY KEY,
    subject_id     BIGINT      NOT NULL,
    subject_name   VARCHAR(200) NOT NULL,
    region_code    VARCHAR(12) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    created_by     VARCHAR(64) NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    version        INT         NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_institution_link_subject_idx ON monitoring_institution_link (subject_id);
CREATE INDEX monitoring_institution_link_region_idx ON monitoring_institution_link (region_code text_pattern_ops);

-- The time limit of each open stage in calendar days, with its basis (ADR 0046). No national figure was found
-- (regulatory-rules.md §7); the defaults are local practice and meant to be edited.
CREATE TABLE monitoring_stage_limit
(
    stage       VARCHAR(24)  NOT NULL PRIMARY KEY
        CHECK (stage IN ('INITIAL_REVIEW', 'SECOND_REVIEW', 'APPEAL', 'VERIFICATION', 'DISPOSAL')),
    position    INT          NOT NULL,
    days        INT          NOT NULL CHECK (days BETWEEN 1 AND 365),
    legal_basis TEXT         NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0
);
INSERT INTO monitoring_stage_limit (stage, position, days, legal_basis, updated_at, updated_by)
VALUES ('INITIAL_REVIEW', 1, 10, '无全国统一时限（regulatory-rules.md §7，《医疗保障基金智能审核和监控知识库、规则库管理办法(试行)》未规定）；地方惯例，可配置', now(), 'system'),
       ('SECOND_REVIEW', 2, 10, '无全国统一时限（regulatory-rules.md §7）；地方惯例，可配置', now(), 'system'),
       ('APPEAL', 3, 10, '无全国统一时限（regulatory-rules.md §7）；默认值为地方惯例，可配置', now(), 'system'),
       ('VERIFICATION', 4, 30, '无全国统一时限（regulatory-rules.md §7）；地方惯例，可配置', now(), 'system'),
       ('DISPOSAL', 5, 30, '无全国统一时限（regulatory-rules.md §7，《医疗保障基金使用监督管理条例》第38–40条规定处理措施而非时限）；地方惯例，可配置', now(), 'system');

-- One lead per finding of a MONITOR run. Copies what the review needs from the finding (the finding stays the
-- record of what the engine said); psn_no only as the finding's masked copy. amount is exact, as the finding's:
-- the hit's amount in yuan, or the warning's value.
CREATE TABLE monitoring_lead
(
    id                  BIGSERIAL     NOT NULL PRIMARY KEY,
    finding_id          BIGINT        NOT NULL UNIQUE REFERENCES monitoring_finding (id),
    run_id              BIGINT        NOT NULL REFERENCES monitoring_run (id),
    dataset_id          BIGINT        NOT NULL REFERENCES monitoring_dataset (id),
    rule_code           VARCHAR(32)   NOT NULL,
    rulebase_version    VARCHAR(32)   NOT NULL,
    level               VARCHAR(8)    NOT NULL CHECK (level IN ('HIT', 'WARNING')),
    fixmedins_code      VARCHAR(64)   NOT NULL,
    amount              NUMERIC       NOT NULL,
    region_code         VARCHAR(12)   NOT NULL,
    stage               VARCHAR(24)   NOT NULL CHECK (stage IN ('INITIAL_REVIEW', 'SECOND_REVIEW', 'APPEAL', 'VERIFICATION',
                                                              'DISPOSAL', 'CONFIRMED', 'DISMISSED', 'REJECTED_ON_APPEAL')),
    stage_entered_at    TIMESTAMPTZ   NOT NULL,
    due_at              TIMESTAMPTZ,
    initial_reviewed_by VARCHAR(64),
    subject_id          BIGINT,
    appeal_opened_at    TIMESTAMPTZ,
    appeal_answer       VARCHAR(16) CHECK (appeal_answer IN ('ACCEPTED', 'APPEALED', 'NO_ANSWER')),
    appeal_statement    TEXT,
    measures            VARCHAR(200),
    amount_recovered    NUMERIC(18, 2) CHECK (amount_recovered >= 0),
    decided_at          TIMESTAMPTZ,
    created_at          TIMESTAMPTZ   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CHECK ((stage IN ('CONFIRMED', 'DISMISSED', 'REJECTED_ON_APPEAL')) = (due_at IS NULL))
);
CREATE INDEX monitoring_lead_region_idx ON monitoring_lead (region_code text_pattern_ops, stage);
CREATE INDEX monitoring_lead_run_idx ON monitoring_lead (run_id, rule_code);
CREATE INDEX monitoring_lead_due_idx ON monitoring_lead (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX monitoring_lead_subject_idx ON monitoring_lead (subject_id) WHERE subject_id IS NOT NULL;

-- Every transition of a lead (append-only): who, when, from which stage to which, with the note.
CREATE TABLE monitoring_lead_history
(
    id         BIGSERIAL   NOT NULL PRIMARY KEY,
    lead_id    BIGINT      NOT NULL REFERENCES monitoring_lead (id),
    action     VARCHAR(32) NOT NULL,
    from_stage VARCHAR(24),
    to_stage   VARCHAR(24) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    note       TEXT
);
CREATE INDEX monitoring_lead_history_lead_idx ON monitoring_lead_history (lead_id, id);
