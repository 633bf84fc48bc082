-- Claims monitoring (医保智能监控): rule-base versions, datasets, runs and their findings.
-- Leads (线索) and their review live in V820+.

CREATE TABLE monitoring_rulebase
(
    version        VARCHAR(32)  NOT NULL PRIMARY KEY,
    based_on       VARCHAR(32) REFERENCES monitoring_rulebase (version),
    note           TEXT         NOT NULL DEFAULT '',
    content_sha256 CHAR(64)     NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL
);

CREATE TABLE monitoring_rulebase_parameter
(
    version     VARCHAR(32)  NOT NULL REFERENCES monitoring_rulebase (version),
    rule_code   VARCHAR(32)  NOT NULL,
    parameter   VARCHAR(64)  NOT NULL,
    value       VARCHAR(200) NOT NULL,
    legal_basis TEXT         NOT NULL,
    PRIMARY KEY (version, rule_code, parameter)
);

CREATE TABLE monitoring_dataset
(
    id           BIGSERIAL    NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    region_code  VARCHAR(12)  NOT NULL,
    source       VARCHAR(16)  NOT NULL CHECK (source IN ('UPLOAD', 'SERVER_PATH')),
    directory    TEXT         NOT NULL,
    visits_file  TEXT         NOT NULL,
    fees_file    TEXT         NOT NULL,
    kb_file      TEXT         NOT NULL,
    peers_file   TEXT,
    total_bytes  BIGINT       NOT NULL,
    content_sha256 CHAR(64)   NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX monitoring_dataset_region_idx ON monitoring_dataset (region_code text_pattern_ops);

CREATE TABLE monitoring_run
(
    id               BIGSERIAL   NOT NULL PRIMARY KEY,
    dataset_id       BIGINT      NOT NULL REFERENCES monitoring_dataset (id),
    rulebase_version VARCHAR(32) NOT NULL REFERENCES monitoring_rulebase (version),
    purpose          VARCHAR(16) NOT NULL CHECK (purpose IN ('MONITOR', 'REPLAY')),
    compared_run_id  BIGINT REFERENCES monitoring_run (id),
    skip_bad_rows    BOOLEAN     NOT NULL,
    status           VARCHAR(16) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REFUSED', 'FAILED')),
    rules_done       INT         NOT NULL DEFAULT 0,
    problems         TEXT,
    hit_count        INT,
    warning_count    INT,
    skipped_count    INT,
    requested_at     TIMESTAMPTZ NOT NULL,
    requested_by     VARCHAR(64) NOT NULL,
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    CHECK ((purpose = 'REPLAY') = (compared_run_id IS NOT NULL))
);
CREATE INDEX monitoring_run_dataset_idx ON monitoring_run (dataset_id);

CREATE TABLE monitoring_run_rule_count
(
    run_id    BIGINT      NOT NULL REFERENCES monitoring_run (id),
    rule_code VARCHAR(32) NOT NULL,
    count     INT         NOT NULL,
    PRIMARY KEY (run_id, rule_code)
);

CREATE TABLE monitoring_skipped_row
(
    run_id      BIGINT       NOT NULL REFERENCES monitoring_run (id),
    file        VARCHAR(200) NOT NULL,
    line        BIGINT       NOT NULL,
    column_name VARCHAR(64)  NOT NULL,
    reason      TEXT         NOT NULL
);
CREATE INDEX monitoring_skipped_row_run_idx ON monitoring_skipped_row (run_id, file, line);

-- One row per hit (level HIT: mdtrt_id set, feedetl_sn empty for visit hits) or institution warning
-- (level WARNING: period set, hilist_code only for DRUG_SURGE). psn_no (参保人编号) is personal data:
-- stored encrypted (PersonalDataCipher) with a blind index and a masked copy for display.
CREATE TABLE monitoring_finding
(
    id             BIGSERIAL   NOT NULL PRIMARY KEY,
    run_id         BIGINT      NOT NULL REFERENCES monitoring_run (id),
    rule_code      VARCHAR(32) NOT NULL,
    level          VARCHAR(8)  NOT NULL CHECK (level IN ('HIT', 'WARNING')),
    fixmedins_code VARCHAR(64) NOT NULL,
    mdtrt_id       VARCHAR(64),
    feedetl_sn     VARCHAR(64),
    psn_no_cipher  BYTEA,
    psn_no_index   VARCHAR(64),
    psn_no_masked  VARCHAR(64),
    amount         NUMERIC(18, 2),
    period         CHAR(7),
    hilist_code    VARCHAR(64),
    value          NUMERIC(18, 4),
    threshold      NUMERIC(18, 4),
    CHECK ((level = 'HIT') = (mdtrt_id IS NOT NULL AND amount IS NOT NULL)),
    CHECK ((level = 'WARNING') = (period IS NOT NULL AND value IS NOT NULL))
);
CREATE INDEX monitoring_finding_run_idx ON monitoring_finding (run_id, rule_code);
