-- 风险分级 — subjects' risk tiers (A 低, B 一般, C 较高, D 高) for tier-weighted random inspections, and the
-- key-supervision list (重点监管名单), whose members are tier D. A subject without a row has the default tier
-- of the rule table (ADR 0035). Until the credit and risk capabilities exist, tiers are set by hand with a reason.

-- The module's tier rules, each with its legal basis and the confidence of the source.
CREATE TABLE inspection_tier_rule
(
    code        text PRIMARY KEY,
    value       text NOT NULL,
    legal_basis text NOT NULL,
    source      text NOT NULL,
    confidence  text NOT NULL CHECK (confidence IN ('VERIFIED', 'VERIFIED_SECONDARY', 'UNVERIFIED', 'DECISION')),
    notes       text
);

INSERT INTO inspection_tier_rule (code, value, legal_basis, source, confidence, notes) VALUES
    ('DEFAULT_TIER', 'B',
     '国发〔2019〕5号《关于在市场监管领域全面推行部门联合"双随机、一公开"监管的意见》：根据信用风险分类确定抽查比例和频次；未评定对象按"一般"对待',
     '林甸县信用风险分类抽查参数（credit.daqing.gov.cn 2024-11-06）：A 低 ≤5%、B 一般 5%–20%、C 较高 21%–60%、D 高 61%–100%',
     'DECISION',
     '从未评定风险等级的监管对象视为 B（一般）；见 ADR 0035');

-- Current state per subject: the manual tier (if any) and the key-supervision listing (if any). The effective
-- tier is D while listed, else the manual tier, else the default. region_code is the subject's division when the
-- row last changed, for scoped lists without reading the registry's tables.
CREATE TABLE inspection_subject_tier
(
    subject_id      bigint PRIMARY KEY,
    region_code     text        NOT NULL,
    manual_tier     char(1) CHECK (manual_tier IN ('A', 'B', 'C', 'D')),
    manual_reason   text,
    manual_since    timestamptz,
    key_supervision boolean     NOT NULL DEFAULT false,
    key_reason      text,
    key_since       timestamptz,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    version         int         NOT NULL DEFAULT 0,
    CHECK ((manual_tier IS NULL) = (manual_reason IS NULL)),
    CHECK (key_supervision = (key_reason IS NOT NULL))
);

CREATE INDEX inspection_subject_tier_region ON inspection_subject_tier (region_code text_pattern_ops);
CREATE INDEX inspection_subject_tier_listed ON inspection_subject_tier (region_code text_pattern_ops) WHERE key_supervision;

-- Every change, append-only: what the effective tier and its source were before and after, and why.
CREATE TABLE inspection_tier_change
(
    id            bigserial PRIMARY KEY,
    subject_id    bigint      NOT NULL,
    region_code   text        NOT NULL,
    action        text        NOT NULL CHECK (action IN ('SET', 'RESET', 'LISTED', 'DELISTED')),
    tier_before   char(1)     NOT NULL,
    source_before text        NOT NULL,
    tier_after    char(1)     NOT NULL,
    source_after  text        NOT NULL,
    reason        text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    text        NOT NULL
);

CREATE INDEX inspection_tier_change_subject ON inspection_tier_change (subject_id, id);

CREATE FUNCTION inspection_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER inspection_tier_change_append_only
    BEFORE UPDATE OR DELETE ON inspection_tier_change
    FOR EACH ROW EXECUTE FUNCTION inspection_append_only();
