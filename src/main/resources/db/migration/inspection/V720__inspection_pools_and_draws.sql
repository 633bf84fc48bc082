-- inspection (V720–V739, pools and draws): the frozen pools of an announced plan, its announcement, the
-- entropy values entered maker-checker, and the one draw record per plan version (ADR 0033).
-- A plan's pools are written once, in the freezing transaction, before its announcement row; from then on
-- the triggers below refuse every insert, update and delete on them ("pools can't change afterwards").

-- the announcement (抽查公告) of a frozen plan version: what was published before the draw
CREATE TABLE inspection_announcement
(
    plan_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES inspection_plan (id),
    -- the public id of the draw: the plan's series number and version, e.g. CJ-2026-0001-v1 (ADR 0033)
    draw_id          VARCHAR(40)  NOT NULL UNIQUE,
    title            VARCHAR(200) NOT NULL,
    region_code      VARCHAR(9)   NOT NULL,
    department_id    BIGINT       NOT NULL,
    object_count     INT          NOT NULL CHECK (object_count >= 0),
    inspector_count  INT          NOT NULL CHECK (inspector_count >= 0),
    recusal_count    INT          NOT NULL CHECK (recusal_count >= 0),
    object_digest    VARCHAR(71)  NOT NULL,
    inspector_digest VARCHAR(71)  NOT NULL,
    -- the announcement exactly as published (canonical JSON, UTF-8); also the body of its ledger entry
    body             BYTEA        NOT NULL,
    announced_at     TIMESTAMPTZ  NOT NULL,
    announced_by     VARCHAR(64)  NOT NULL
);
CREATE INDEX inspection_announcement_time_idx ON inspection_announcement (announced_at DESC, plan_id DESC);

-- the object pool (抽查对象库) as frozen: each subject with its tier and stratum at the time
CREATE TABLE inspection_pool_object
(
    plan_id       BIGINT       NOT NULL REFERENCES inspection_plan (id),
    subject_id    BIGINT       NOT NULL,
    subject_name  VARCHAR(200) NOT NULL,
    region_code   VARCHAR(9)   NOT NULL,
    category_code VARCHAR(40)  NOT NULL,
    tier          VARCHAR(1)   NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
    tier_source   VARCHAR(20)  NOT NULL,
    stratum       VARCHAR(3)   NOT NULL CHECK (stratum IN ('A', 'B', 'C', 'D', 'ALL')),
    PRIMARY KEY (plan_id, subject_id)
);

-- the inspector pool (执法人员库) as frozen: status and certificate kept, eligibility left to the draw
CREATE TABLE inspection_pool_inspector
(
    plan_id              BIGINT       NOT NULL REFERENCES inspection_plan (id),
    inspector_id         BIGINT       NOT NULL,
    inspector_name       VARCHAR(50)  NOT NULL,
    department_id        BIGINT       NOT NULL,
    department_code      VARCHAR(60)  NOT NULL,
    department_name      VARCHAR(100) NOT NULL,
    jurisdiction_code    VARCHAR(9)   NOT NULL,
    specialties          TEXT[]       NOT NULL,
    covered_categories   TEXT[]       NOT NULL,
    certificate_valid_from DATE       NOT NULL,
    certificate_valid_to DATE         NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    active               BOOLEAN      NOT NULL,
    PRIMARY KEY (plan_id, inspector_id)
);

-- the declared conflicts (回避) between pooled inspectors and pooled subjects, as frozen
CREATE TABLE inspection_pool_recusal
(
    plan_id      BIGINT NOT NULL REFERENCES inspection_plan (id),
    inspector_id BIGINT NOT NULL,
    subject_id   BIGINT NOT NULL,
    PRIMARY KEY (plan_id, inspector_id, subject_id)
);

-- the entropy values (随机数源的值) as an operator entered them; a second user confirms or rejects them
CREATE TABLE inspection_entropy_entry
(
    id            BIGSERIAL    PRIMARY KEY,
    plan_id       BIGINT       NOT NULL REFERENCES inspection_announcement (plan_id),
    -- one JSON array of integers per source, in the announced order, e.g. [[3,9,14,20,27,31],[8],[315672]]
    source_values TEXT         NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    entered_by    VARCHAR(64)  NOT NULL,
    entered_at    TIMESTAMPTZ  NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMPTZ,
    reject_reason VARCHAR(500),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT inspection_entropy_decision CHECK (
        (status = 'PENDING' AND decided_by IS NULL AND decided_at IS NULL)
        OR (status <> 'PENDING' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND decided_by <> entered_by)),
    CONSTRAINT inspection_entropy_reason CHECK (status <> 'REJECTED' OR reject_reason IS NOT NULL)
);
-- at most one entry awaiting its checker, and at most one confirmed, per plan
CREATE UNIQUE INDEX inspection_entropy_pending_idx ON inspection_entropy_entry (plan_id) WHERE status = 'PENDING';
CREATE UNIQUE INDEX inspection_entropy_confirmed_idx ON inspection_entropy_entry (plan_id) WHERE status = 'CONFIRMED';

-- the draw (抽取结果): the published record's bytes exactly; a plan version is drawn once (primary key)
CREATE TABLE inspection_draw
(
    plan_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES inspection_announcement (plan_id),
    draw_id       VARCHAR(40)  NOT NULL UNIQUE,
    entry_id      BIGINT       NOT NULL UNIQUE REFERENCES inspection_entropy_entry (id),
    draw_key      TEXT         NOT NULL,
    record        BYTEA        NOT NULL,
    record_sha256 VARCHAR(71)  NOT NULL,
    task_count    INT          NOT NULL,
    unstaffed     INT          NOT NULL,
    entered_by    VARCHAR(64)  NOT NULL,
    confirmed_by  VARCHAR(64)  NOT NULL,
    drawn_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX inspection_draw_time_idx ON inspection_draw (drawn_at DESC);

-- frozen means frozen: pools, announcements and draws are never updated or deleted ...
CREATE FUNCTION inspection_frozen_refuse() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'inspection pools, announcements and draws are frozen: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER inspection_announcement_frozen BEFORE UPDATE OR DELETE ON inspection_announcement
    FOR EACH ROW EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_pool_object_frozen BEFORE UPDATE OR DELETE ON inspection_pool_object
    FOR EACH ROW EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_pool_inspector_frozen BEFORE UPDATE OR DELETE ON inspection_pool_inspector
    FOR EACH ROW EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_pool_recusal_frozen BEFORE UPDATE OR DELETE ON inspection_pool_recusal
    FOR EACH ROW EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_draw_frozen BEFORE UPDATE OR DELETE ON inspection_draw
    FOR EACH ROW EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_pool_object_truncate BEFORE TRUNCATE ON inspection_pool_object
    FOR EACH STATEMENT EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_pool_inspector_truncate BEFORE TRUNCATE ON inspection_pool_inspector
    FOR EACH STATEMENT EXECUTE FUNCTION inspection_frozen_refuse();
CREATE TRIGGER inspection_pool_recusal_truncate BEFORE TRUNCATE ON inspection_pool_recusal
    FOR EACH STATEMENT EXECUTE FUNCTION inspection_frozen_refuse();

-- ... and a pool gains no member once its plan is announced (checked once per statement, so bulk
-- freezing stays fast: the transition table holds the statement's new rows)
CREATE FUNCTION inspection_pool_closed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF EXISTS (SELECT 1 FROM added a JOIN inspection_announcement x ON x.plan_id = a.plan_id) THEN
        RAISE EXCEPTION 'the pools of an announced plan are frozen: insert into % refused', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER inspection_pool_object_closed AFTER INSERT ON inspection_pool_object
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inspection_pool_closed();
CREATE TRIGGER inspection_pool_inspector_closed AFTER INSERT ON inspection_pool_inspector
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inspection_pool_closed();
CREATE TRIGGER inspection_pool_recusal_closed AFTER INSERT ON inspection_pool_recusal
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inspection_pool_closed();

-- an entropy entry is decided once: confirmed and rejected entries never change again, none is deleted
CREATE FUNCTION inspection_entropy_decided() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.status <> 'PENDING' THEN
        RAISE EXCEPTION 'entropy entry % is % and cannot change', OLD.id, OLD.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER inspection_entropy_entry_decided BEFORE UPDATE OR DELETE ON inspection_entropy_entry
    FOR EACH ROW EXECUTE FUNCTION inspection_entropy_decided();
