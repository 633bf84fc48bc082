-- identity (V100–V199): users, roles, data scopes, API tokens, the change audit trail.

CREATE TABLE app_user
(
    id                   BIGSERIAL PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL UNIQUE,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    roles                TEXT[]       NOT NULL,
    scope_region         VARCHAR(9),
    scope_region_prefix  VARCHAR(9)   NOT NULL DEFAULT '',
    scope_department_id  BIGINT,
    scope_institution_id BIGINT,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT app_user_roles_not_empty CHECK (cardinality(roles) > 0)
);

CREATE TABLE api_token
(
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('SESSION', 'EXCHANGE')),
    name         VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE audit_event
(
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    entity_type   VARCHAR(64)  NOT NULL,
    entity_id     VARCHAR(64)  NOT NULL,
    region_code   VARCHAR(9),
    before_state  JSONB,
    after_state   JSONB
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_region_idx ON audit_event (region_code text_pattern_ops);
