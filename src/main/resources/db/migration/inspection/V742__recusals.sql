-- 回避 — declared conflicts between an inspector and a subject (a relative works there, a former employer, ...).
-- An active pair keeps the inspector from being drawn for that subject; a withdrawn declaration is kept with
-- who withdrew it and why. Names are kept as declared, so the record reads the same later.
CREATE TABLE inspection_recusal
(
    id                bigserial PRIMARY KEY,
    inspector_id      bigint      NOT NULL,
    inspector_name    text        NOT NULL,
    subject_id        bigint      NOT NULL,
    subject_name      text        NOT NULL,
    region_code       text        NOT NULL,
    reason            text        NOT NULL,
    declared_at       timestamptz NOT NULL,
    declared_by       text        NOT NULL,
    withdrawn_at      timestamptz,
    withdrawn_by      text,
    withdrawal_reason text,
    version           int         NOT NULL DEFAULT 0,
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);

CREATE UNIQUE INDEX inspection_recusal_active ON inspection_recusal (inspector_id, subject_id) WHERE withdrawn_at IS NULL;
CREATE INDEX inspection_recusal_region ON inspection_recusal (region_code text_pattern_ops, id);
CREATE INDEX inspection_recusal_subject ON inspection_recusal (subject_id);
