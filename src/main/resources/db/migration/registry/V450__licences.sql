-- registry (V450–V499): licences (行政许可), their append-only history, the 校验 (verification) rule table and
-- electronic registration requests (电子化注册). Regulatory numbers live in rows with their legal basis.

CREATE TABLE licence_kind
(
    code                   VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh                VARCHAR(100) NOT NULL,
    name_en                VARCHAR(100) NOT NULL,
    holder_kind            VARCHAR(24)  NOT NULL CHECK (holder_kind IN ('MEDICAL_INSTITUTION', 'PUBLIC_HEALTH_UNIT', 'ANY')),
    default_validity_years INT          NOT NULL CHECK (default_validity_years > 0),
    validity_basis         VARCHAR(300) NOT NULL,
    validity_confidence    VARCHAR(24)  NOT NULL,
    -- the verification_rule rows that apply (null: this licence has no 校验 cycle)
    verification_rule_set  VARCHAR(40),
    sort_order             INT          NOT NULL DEFAULT 0,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by             VARCHAR(64)  NOT NULL DEFAULT 'system',
    updated_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by             VARCHAR(64)  NOT NULL DEFAULT 'system',
    version                INT          NOT NULL DEFAULT 0
);

-- 校验周期: which interval applies to a holder with this many approved beds (min inclusive, max exclusive).
CREATE TABLE verification_rule
(
    id             BIGSERIAL PRIMARY KEY,
    rule_set       VARCHAR(40)  NOT NULL,
    min_beds       INT          NOT NULL DEFAULT 0 CHECK (min_beds >= 0),
    max_beds       INT CHECK (max_beds IS NULL OR max_beds > min_beds),
    interval_years INT          NOT NULL CHECK (interval_years > 0),
    legal_basis    VARCHAR(300) NOT NULL,
    confidence     VARCHAR(24)  NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by     VARCHAR(64)  NOT NULL DEFAULT 'system',
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by     VARCHAR(64)  NOT NULL DEFAULT 'system',
    version        INT          NOT NULL DEFAULT 0
);
CREATE INDEX verification_rule_set_idx ON verification_rule (rule_set, effective_from);

INSERT INTO verification_rule (rule_set, min_beds, max_beds, interval_years, legal_basis, confidence, effective_from) VALUES
('MEDICAL_INSTITUTION', 0, 100, 1, '《医疗机构管理条例》第二十二条：床位不满100张的医疗机构，其《医疗机构执业许可证》每年校验1次；《医疗机构管理条例实施细则》第三十五条', 'verified-primary', DATE '1994-09-01'),
('MEDICAL_INSTITUTION', 100, NULL, 3, '《医疗机构管理条例》第二十二条：床位在100张以上的医疗机构，其《医疗机构执业许可证》每3年校验1次；《医疗机构管理条例实施细则》第三十五条', 'verified-primary', DATE '1994-09-01');

INSERT INTO licence_kind (code, name_zh, name_en, holder_kind, default_validity_years, validity_basis, validity_confidence, verification_rule_set, sort_order) VALUES
('MEDICAL_PRACTICE', '医疗机构执业许可证', 'Medical institution practice licence', 'MEDICAL_INSTITUTION', 5, '《医疗机构管理条例实施细则》（执业登记有效期，地方多为5年）', 'unverified', 'MEDICAL_INSTITUTION', 10),
('RADIATION_DIAGNOSIS', '放射诊疗许可证', 'Radiological diagnosis and treatment licence', 'ANY', 5, '《放射诊疗管理规定》（与执业许可证同时校验；有效期为常见做法）', 'unverified', NULL, 20),
('PUBLIC_PLACE_HYGIENE', '公共场所卫生许可证', 'Public place hygiene licence', 'PUBLIC_HEALTH_UNIT', 4, '《公共场所卫生管理条例实施细则》第二十三条：有效期限为四年', 'verified-secondary', NULL, 30),
('WATER_SUPPLY_HYGIENE', '供水单位卫生许可证', 'Water supplier hygiene licence', 'PUBLIC_HEALTH_UNIT', 4, '《生活饮用水卫生监督管理办法》：卫生许可证有效期四年', 'verified-secondary', NULL, 40),
('DISINFECTANT_PRODUCTION', '消毒产品生产企业卫生许可证', 'Disinfection product manufacturer hygiene licence', 'PUBLIC_HEALTH_UNIT', 4, '《消毒管理办法》第二十条：有效期为四年', 'verified-secondary', NULL, 50),
('MATERNAL_CHILD_SERVICE', '母婴保健技术服务执业许可证', 'Maternal and infant health technical service licence', 'MEDICAL_INSTITUTION', 3, '《母婴保健法实施办法》：有效期为3年', 'verified-secondary', NULL, 60);

CREATE TABLE licence
(
    id                    BIGSERIAL PRIMARY KEY,
    kind_code             VARCHAR(40)  NOT NULL REFERENCES licence_kind (code),
    holder_id             BIGINT       NOT NULL REFERENCES subject (id),
    number                VARCHAR(60)  NOT NULL,
    issue_date            DATE         NOT NULL,
    valid_from            DATE         NOT NULL,
    valid_to              DATE         NOT NULL,
    -- 核定床位 and 许可项目/诊疗科目 as printed on the certificate
    approved_beds         INT CHECK (approved_beds >= 0),
    scope_text            VARCHAR(1000),
    last_verified_on      DATE,
    next_verification_due DATE,
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'CANCELLED')),
    created_at            TIMESTAMPTZ  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(64)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT licence_number_unique UNIQUE (kind_code, number),
    CONSTRAINT licence_validity CHECK (valid_to >= valid_from)
);
CREATE INDEX licence_holder_idx ON licence (holder_id);
CREATE INDEX licence_due_idx ON licence (next_verification_due) WHERE status IN ('VALID', 'SUSPENDED');
CREATE INDEX licence_valid_to_idx ON licence (valid_to) WHERE status IN ('VALID', 'SUSPENDED');

-- Append-only: every issue, status change, edit, renewal and 校验, with who, when, why, before and after.
CREATE TABLE licence_event
(
    id          BIGSERIAL PRIMARY KEY,
    licence_id  BIGINT       NOT NULL REFERENCES licence (id),
    type        VARCHAR(24)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    reason      VARCHAR(1000),
    before      JSONB,
    after       JSONB
);
CREATE INDEX licence_event_licence_idx ON licence_event (licence_id, id);

CREATE TABLE registration_request
(
    id             BIGSERIAL PRIMARY KEY,
    holder_id      BIGINT       NOT NULL REFERENCES subject (id),
    kind           VARCHAR(24)  NOT NULL CHECK (kind IN ('NEW_LICENCE', 'CHANGE', 'RENEWAL', 'VERIFICATION')),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'RETURNED', 'WITHDRAWN', 'APPROVED')),
    licence_id     BIGINT REFERENCES licence (id),
    payload        JSONB        NOT NULL,
    filed_by       VARCHAR(64)  NOT NULL,
    filed_at       TIMESTAMPTZ  NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMPTZ,
    return_reason  VARCHAR(1000),
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0
);
CREATE INDEX registration_request_holder_idx ON registration_request (holder_id);
CREATE INDEX registration_request_status_idx ON registration_request (status, filed_at);

CREATE TABLE registration_event
(
    id          BIGSERIAL PRIMARY KEY,
    request_id  BIGINT       NOT NULL REFERENCES registration_request (id),
    action      VARCHAR(16)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    note        VARCHAR(1000)
);
CREATE INDEX registration_event_request_idx ON registration_event (request_id, id);
