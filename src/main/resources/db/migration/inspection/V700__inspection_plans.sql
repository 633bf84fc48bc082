-- inspection (V700–V719, plans): random inspection plans (抽查计划). One row per VERSION of a plan: the
-- versions of one plan share its series number; editing an approved plan adds a new DRAFT version and
-- marks the approved one SUPERSEDED (kept, linked by previous_id). A plan's joint departments and its
-- named future entropy sources are child rows frozen with the version.

-- per-year counter behind the series numbers CJ-<year>-<nnnn>
CREATE TABLE inspection_plan_series
(
    year    INT NOT NULL PRIMARY KEY,
    last_no INT NOT NULL
);

CREATE TABLE inspection_plan
(
    id                       BIGSERIAL PRIMARY KEY,
    series_no                VARCHAR(20)   NOT NULL,
    version                  INT           NOT NULL CHECK (version >= 1),
    previous_id              BIGINT REFERENCES inspection_plan (id),
    status                   VARCHAR(16)   NOT NULL
        CHECK (status IN ('DRAFT', 'APPROVED', 'ANNOUNCED', 'DRAWN', 'SUPERSEDED', 'WITHDRAWN')),
    year                     INT           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title                    VARCHAR(200)  NOT NULL,
    level                    VARCHAR(16)   NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT')),
    document_no              VARCHAR(100),
    department_id            BIGINT        NOT NULL,
    -- the organising department's code and name when the version was saved (frozen with it)
    department_code          VARCHAR(60)   NOT NULL,
    department_name          VARCHAR(100)  NOT NULL,
    region_code              VARCHAR(9)    NOT NULL,
    categories               TEXT[]        NOT NULL,
    subject_kind             VARCHAR(24),
    ratio_mode               VARCHAR(8)    NOT NULL CHECK (ratio_mode IN ('BY_TIER', 'UNIFORM')),
    ratio_a                  NUMERIC(5, 4) CHECK (ratio_a BETWEEN 0 AND 1),
    ratio_b                  NUMERIC(5, 4) CHECK (ratio_b BETWEEN 0 AND 1),
    ratio_c                  NUMERIC(5, 4) CHECK (ratio_c BETWEEN 0 AND 1),
    ratio_d                  NUMERIC(5, 4) CHECK (ratio_d BETWEEN 0 AND 1),
    ratio_all                NUMERIC(5, 4) CHECK (ratio_all BETWEEN 0 AND 1),
    inspectors_per_task      INT           NOT NULL CHECK (inspectors_per_task >= 1),
    cap_per_inspector        INT CHECK (cap_per_inspector IS NULL OR cap_per_inspector >= 1),
    window_start             DATE          NOT NULL,
    deadline                 DATE          NOT NULL,
    publication_working_days INT           NOT NULL CHECK (publication_working_days >= 1),
    approved_by              VARCHAR(64),
    approved_at              TIMESTAMPTZ,
    -- true when the approver also last edited the draft (allowed, shown and audited; ADR 0031)
    self_approved            BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawn_reason         VARCHAR(500),
    created_at               TIMESTAMPTZ   NOT NULL,
    created_by               VARCHAR(64)   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    updated_by               VARCHAR(64)   NOT NULL,
    row_version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT inspection_plan_series_version UNIQUE (series_no, version),
    CONSTRAINT inspection_plan_window CHECK (window_start <= deadline),
    CONSTRAINT inspection_plan_ratios CHECK (
        (ratio_mode = 'BY_TIER' AND ratio_a IS NOT NULL AND ratio_b IS NOT NULL AND ratio_c IS NOT NULL
            AND ratio_d IS NOT NULL AND ratio_all IS NULL)
        OR (ratio_mode = 'UNIFORM' AND ratio_all IS NOT NULL AND ratio_a IS NULL AND ratio_b IS NULL
            AND ratio_c IS NULL AND ratio_d IS NULL)),
    CONSTRAINT inspection_plan_approval CHECK (
        status IN ('DRAFT', 'WITHDRAWN') OR (approved_by IS NOT NULL AND approved_at IS NOT NULL)
        OR (status = 'SUPERSEDED'))
);
CREATE INDEX inspection_plan_region_idx ON inspection_plan (region_code text_pattern_ops);
CREATE INDEX inspection_plan_year_status_idx ON inspection_plan (year, status);
CREATE INDEX inspection_plan_department_idx ON inspection_plan (department_id);

-- a joint inspection plan's departments (联合抽查) and how many inspectors each sends to every task
CREATE TABLE inspection_plan_department
(
    plan_id         BIGINT       NOT NULL REFERENCES inspection_plan (id),
    position        INT          NOT NULL CHECK (position >= 0),
    department_id   BIGINT       NOT NULL,
    department_code VARCHAR(60)  NOT NULL,
    department_name VARCHAR(100) NOT NULL,
    inspectors      INT          NOT NULL CHECK (inspectors >= 1),
    PRIMARY KEY (plan_id, position),
    CONSTRAINT inspection_plan_department_once UNIQUE (plan_id, department_id)
);
CREATE INDEX inspection_plan_department_dept_idx ON inspection_plan_department (department_id);

-- the named future entropy sources (e.g. a lottery result on a date) whose values key the draw
CREATE TABLE inspection_plan_source
(
    plan_id      BIGINT       NOT NULL REFERENCES inspection_plan (id),
    position     INT          NOT NULL CHECK (position >= 0),
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(500) NOT NULL,
    available_on DATE         NOT NULL,
    value_count  INT          NOT NULL CHECK (value_count BETWEEN 1 AND 20),
    min_value    BIGINT       NOT NULL CHECK (min_value >= 0),
    max_value    BIGINT       NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT inspection_plan_source_range CHECK (min_value <= max_value)
);

-- regulatory numbers of random inspections, each with its legal basis, where it was read and how sure we are
CREATE TABLE inspection_rule
(
    code           VARCHAR(60)    NOT NULL PRIMARY KEY,
    value          NUMERIC(10, 4) NOT NULL,
    unit           VARCHAR(60)    NOT NULL,
    legal_basis    VARCHAR(1000)  NOT NULL,
    source         VARCHAR(500)   NOT NULL,
    confidence     VARCHAR(40)    NOT NULL
        CHECK (confidence IN ('verified-primary', 'verified-secondary', 'verified-secondary (local)', 'unverified')),
    notes          VARCHAR(1000),
    effective_from DATE           NOT NULL,
    updated_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_by     VARCHAR(64)    NOT NULL DEFAULT 'system',
    version        INT            NOT NULL DEFAULT 0
);

INSERT INTO inspection_rule (code, value, unit, legal_basis, source, confidence, notes, effective_from) VALUES
('MIN_INSPECTORS_PER_TASK', 2, 'inspectors',
 '《中华人民共和国行政处罚法》（2021年修订）第四十二条：“执法人员不得少于两人，法律另有规定的除外。”',
 '[XZCF] 行政处罚法 Art.42 (regulatory-rules.md §1)', 'verified-primary',
 'Every task needs at least this many inspectors; a joint plan needs this many in total.', '2021-07-15'),
('DEFAULT_RATIO_A', 0.05, 'share of the stratum',
 '差异化抽查：信用风险 A 类（低）抽查比例 ≤5%（林甸县示例，credit.daqing.gov.cn 2024-11-06）；国办发〔2015〕58号 对风险高的对象加大抽查',
 'regulatory-rules.md §1 林甸县 A/B/C/D example', 'verified-secondary (local)',
 'No health-specific national ratio was found; a configurable default (issue 4: A 5%).', '2024-11-06'),
('DEFAULT_RATIO_B', 0.20, 'share of the stratum',
 '差异化抽查：信用风险 B 类（一般）抽查比例 5%–20%（林甸县示例，credit.daqing.gov.cn 2024-11-06）',
 'regulatory-rules.md §1 林甸县 A/B/C/D example', 'verified-secondary (local)',
 'Upper end of the example band (issue 4: B 20%).', '2024-11-06'),
('DEFAULT_RATIO_C', 0.60, 'share of the stratum',
 '差异化抽查：信用风险 C 类（较高）抽查比例 21%–60%（林甸县示例，credit.daqing.gov.cn 2024-11-06）',
 'regulatory-rules.md §1 林甸县 A/B/C/D example', 'verified-secondary (local)',
 'Upper end of the example band (issue 4: C 60%).', '2024-11-06'),
('DEFAULT_RATIO_D', 1.00, 'share of the stratum',
 '差异化抽查：信用风险 D 类（高）抽查比例 61%–100%（林甸县示例，credit.daqing.gov.cn 2024-11-06）；重点监管名单对象为 D 类',
 'regulatory-rules.md §1 林甸县 A/B/C/D example', 'verified-secondary (local)',
 'Upper end of the example band (issue 4: D 100%).', '2024-11-06'),
('DEFAULT_PUBLICATION_WORKING_DAYS', 20, 'working days after completion',
 '抽查结果 20 个工作日内公示（冀政办发〔2015〕22号）；企业信息自产生之日起 20 个工作日内公示（《企业信息公示暂行条例》第六条）；'
     || '主动公开政府信息 20 个工作日内（《政府信息公开条例》第二十六条）',
 'regulatory-rules.md §1 Publication deadline / Statutory 20-day rule', 'verified-primary',
 'The 20-working-day figure is primary for enterprise information and government information; for health random-inspection '
     || 'results it is a local rule (verified-secondary), used here as the default.', '2019-05-15');
