-- registry: practitioners (从业人员) with multi-site filings (多机构执业备案), and the indexes subject search needs.

-- Search: code prefixes under any database locale, and name-ordered paging per kind (ADR 0017).
CREATE INDEX subject_uscc_prefix_idx ON subject (uscc bpchar_pattern_ops);
CREATE INDEX subject_licence_prefix_idx ON subject (licence_reg_no text_pattern_ops);
CREATE INDEX subject_kind_name_idx ON subject (kind, name, id);
CREATE INDEX subject_status_idx ON subject (status) WHERE status <> 'OPERATING';

CREATE TABLE practitioner
(
    id                    BIGSERIAL PRIMARY KEY,
    name                  VARCHAR(50)  NOT NULL,
    -- 身份证号: AES-GCM ciphertext, keyed blind index for look-up and uniqueness, masked copy for display
    id_number_enc         BYTEA        NOT NULL,
    id_number_hash        CHAR(64)     NOT NULL UNIQUE,
    id_number_masked      VARCHAR(18)  NOT NULL,
    gender                CHAR(1)      NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date            DATE         NOT NULL,
    profession            VARCHAR(16)  NOT NULL CHECK (profession IN ('PHYSICIAN', 'NURSE', 'PHARMACIST', 'TECHNICIAN')),
    qualification_cert_no VARCHAR(40),
    practice_cert_no      VARCHAR(40)  NOT NULL,
    practice_category     VARCHAR(50)  NOT NULL,
    practice_scope        VARCHAR(100),
    institution_id        BIGINT       NOT NULL REFERENCES subject (id),
    -- the primary institution's division, kept in step with it, for scoped listing
    region_code           VARCHAR(9)   NOT NULL,
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED')),
    created_at            TIMESTAMPTZ  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(64)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT practitioner_certificate_unique UNIQUE (profession, practice_cert_no)
);
CREATE INDEX practitioner_name_idx ON practitioner (name text_pattern_ops);
CREATE INDEX practitioner_cert_prefix_idx ON practitioner (practice_cert_no text_pattern_ops);
CREATE INDEX practitioner_qualification_idx ON practitioner (qualification_cert_no text_pattern_ops);
CREATE INDEX practitioner_institution_idx ON practitioner (institution_id);
CREATE INDEX practitioner_region_idx ON practitioner (region_code text_pattern_ops);

CREATE TABLE practitioner_filing
(
    id              BIGSERIAL PRIMARY KEY,
    practitioner_id BIGINT      NOT NULL REFERENCES practitioner (id),
    institution_id  BIGINT      NOT NULL REFERENCES subject (id),
    valid_from      DATE        NOT NULL,
    valid_to        DATE,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX practitioner_filing_practitioner_idx ON practitioner_filing (practitioner_id);
CREATE INDEX practitioner_filing_institution_idx ON practitioner_filing (institution_id);
CREATE UNIQUE INDEX practitioner_filing_active_idx ON practitioner_filing (practitioner_id, institution_id) WHERE status = 'ACTIVE';
