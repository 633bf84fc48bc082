-- agency (V300–V399): departments (部门) with their responsibility lists (权责清单), inspectors (执法人员)
-- with their enforcement certificates and status history, and the staffing rule (执法人员配置标准).

CREATE TABLE department
(
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL UNIQUE,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    region_code VARCHAR(9)   NOT NULL,
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0
);
CREATE INDEX department_region_idx ON department (region_code text_pattern_ops);
CREATE INDEX department_kind_idx ON department (kind, region_code);

CREATE TABLE department_duty
(
    id            BIGSERIAL PRIMARY KEY,
    department_id BIGINT        NOT NULL REFERENCES department (id),
    domain        VARCHAR(40)   NOT NULL,
    duty_text     VARCHAR(1000) NOT NULL,
    legal_basis   VARCHAR(500),
    created_at    TIMESTAMPTZ   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0
);
CREATE INDEX department_duty_department_idx ON department_duty (department_id, domain);

CREATE TABLE inspector
(
    id                     BIGSERIAL PRIMARY KEY,
    name                   VARCHAR(50)  NOT NULL,
    certificate_no         VARCHAR(40)  NOT NULL UNIQUE,
    certificate_valid_from DATE         NOT NULL,
    certificate_valid_to   DATE         NOT NULL,
    department_id          BIGINT       NOT NULL REFERENCES department (id),
    jurisdiction_code      VARCHAR(9)   NOT NULL,
    jurisdiction_prefix    VARCHAR(9)   NOT NULL,
    specialties            TEXT[]       NOT NULL DEFAULT '{}',
    status                 VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    phone_encrypted        BYTEA,
    phone_masked           VARCHAR(20),
    created_at             TIMESTAMPTZ  NOT NULL,
    created_by             VARCHAR(64)  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    updated_by             VARCHAR(64)  NOT NULL,
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT inspector_certificate_dates CHECK (certificate_valid_to >= certificate_valid_from)
);
CREATE INDEX inspector_jurisdiction_idx ON inspector (jurisdiction_code text_pattern_ops);
CREATE INDEX inspector_department_idx ON inspector (department_id);
CREATE INDEX inspector_name_idx ON inspector (name text_pattern_ops);
CREATE INDEX inspector_certificate_prefix_idx ON inspector (certificate_no text_pattern_ops);
CREATE INDEX inspector_specialties_idx ON inspector USING gin (specialties);

-- append-only: every suspension and reactivation with its reason
CREATE TABLE inspector_status_change
(
    id           BIGSERIAL PRIMARY KEY,
    inspector_id BIGINT       NOT NULL REFERENCES inspector (id),
    from_status  VARCHAR(16)  NOT NULL,
    to_status    VARCHAR(16)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX inspector_status_change_idx ON inspector_status_change (inspector_id, changed_at DESC);

-- regulatory numbers of this module, each with its legal basis and whether it was verified
CREATE TABLE agency_rule
(
    code        VARCHAR(60)   NOT NULL PRIMARY KEY,
    min_value   NUMERIC(10, 3) NOT NULL CHECK (min_value >= 0),
    max_value   NUMERIC(10, 3) CHECK (max_value IS NULL OR max_value >= min_value),
    unit        VARCHAR(60)   NOT NULL,
    legal_basis VARCHAR(500)  NOT NULL,
    notes       VARCHAR(1000),
    verified    BOOLEAN       NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by  VARCHAR(64)   NOT NULL DEFAULT 'system',
    version     INT           NOT NULL DEFAULT 0
);

INSERT INTO agency_rule (code, min_value, max_value, unit, legal_basis, notes, verified) VALUES
('STAFFING_PER_10K', 1.0, 1.5, 'inspectors per 10,000 residents',
 '莱芜政办发〔2021〕5号 四（一）：“每万名人口监督员的配备逐步达到国家标准”；辽宁省实施方案 三.4 同旨。',
 'UNVERIFIED: the national figure “每万常住人口1–1.5名卫生监督员” was not found in a primary text (research notes §10); '
     || 'a configurable default — check the standard your province applies and change it here.',
 FALSE);
