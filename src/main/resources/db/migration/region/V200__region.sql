-- region (V200–V299): administrative divisions, the data set they came from, population.

CREATE TABLE region
(
    code            VARCHAR(9)   NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    level           VARCHAR(10)  NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
    parent_code     VARCHAR(9) REFERENCES region (code),
    stat_code       CHAR(12)     NOT NULL,
    population      BIGINT CHECK (population >= 0),
    population_year INT CHECK (population_year BETWEEN 1949 AND 2200),
    updated_at      TIMESTAMPTZ,
    updated_by      VARCHAR(64),
    version         INT          NOT NULL DEFAULT 0
);
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_code_prefix_idx ON region (code text_pattern_ops);
CREATE INDEX region_name_idx ON region (name text_pattern_ops);

CREATE TABLE region_dataset
(
    source    VARCHAR(100) NOT NULL PRIMARY KEY,
    version   VARCHAR(40)  NOT NULL,
    row_count INT          NOT NULL,
    loaded_at TIMESTAMPTZ  NOT NULL
);
