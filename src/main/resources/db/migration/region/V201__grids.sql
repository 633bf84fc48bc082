-- region: grids (网格) under towns and streets, and their staff (网格长, 网格员). See ADR 0014.

CREATE TABLE grid
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the town's nine digits and a three-digit sequence, handed out by the application, never reused
    code       VARCHAR(12)  NOT NULL UNIQUE CHECK (code ~ '^[0-9]{12}$'),
    name       VARCHAR(50)  NOT NULL,
    town_code  VARCHAR(9)   NOT NULL REFERENCES region (code),
    status     VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED')),
    retired_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMPTZ,
    updated_by VARCHAR(64),
    version    INT          NOT NULL DEFAULT 0,
    CHECK (left(code, 9) = town_code),
    CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL))
);
CREATE INDEX grid_town_idx ON grid (town_code text_pattern_ops);
-- two active grids of one town may not share a name; a retired grid's name may be used again
CREATE UNIQUE INDEX grid_active_name_idx ON grid (town_code, name) WHERE status = 'ACTIVE';

-- A grid's code and town identify it in other modules' records: never change them.
CREATE FUNCTION grid_identity_immutable() RETURNS trigger AS
$$
BEGIN
    IF NEW.code <> OLD.code OR NEW.town_code <> OLD.town_code THEN
        RAISE EXCEPTION 'a grid''s code and town cannot change (grid %)', OLD.id;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER grid_identity_immutable
    BEFORE UPDATE ON grid
    FOR EACH ROW
EXECUTE FUNCTION grid_identity_immutable();

CREATE TABLE grid_staff
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grid_id      BIGINT      NOT NULL REFERENCES grid (id),
    name         VARCHAR(50) NOT NULL,
    -- personal data (ADR 0005): AES-GCM ciphertext, keyed blind index, masked copy for display
    phone_cipher BYTEA       NOT NULL,
    phone_index  CHAR(64)    NOT NULL,
    phone_masked VARCHAR(20) NOT NULL,
    role         VARCHAR(12) NOT NULL CHECK (role IN ('GRID_LEADER', 'GRID_MEMBER')),
    from_date    DATE        NOT NULL,
    to_date      DATE,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    updated_at   TIMESTAMPTZ,
    updated_by   VARCHAR(64),
    version      INT         NOT NULL DEFAULT 0,
    CHECK (to_date IS NULL OR to_date >= from_date),
    CHECK (active = (to_date IS NULL))
);
CREATE INDEX grid_staff_grid_idx ON grid_staff (grid_id);
CREATE INDEX grid_staff_phone_idx ON grid_staff (phone_index);
-- at most one active 网格长 per grid, and one active assignment per person (phone) per grid
CREATE UNIQUE INDEX grid_staff_one_leader_idx ON grid_staff (grid_id) WHERE active AND role = 'GRID_LEADER';
CREATE UNIQUE INDEX grid_staff_active_phone_idx ON grid_staff (grid_id, phone_index) WHERE active;
