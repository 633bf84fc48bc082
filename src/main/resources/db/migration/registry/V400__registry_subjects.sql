-- registry (V400–V499): supervised subjects (监管对象) — medical institutions and public-health units.
-- Categories carry their own attribute definitions, so a new kind of unit needs rows, not a schema change.

CREATE TABLE subject_category
(
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    kind       VARCHAR(24)  NOT NULL CHECK (kind IN ('MEDICAL_INSTITUTION', 'PUBLIC_HEALTH_UNIT')),
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    -- [{"key","type":"TEXT|NUMBER|BOOLEAN|DATE|ENUM","required",("options"),("min"),("max"),"labelZh","labelEn"}]
    attributes JSONB        NOT NULL DEFAULT '[]',
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by VARCHAR(64)  NOT NULL DEFAULT 'system',
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by VARCHAR(64)  NOT NULL DEFAULT 'system',
    version    INT          NOT NULL DEFAULT 0
);

CREATE TABLE subject
(
    id                   BIGSERIAL PRIMARY KEY,
    kind                 VARCHAR(24)  NOT NULL CHECK (kind IN ('MEDICAL_INSTITUTION', 'PUBLIC_HEALTH_UNIT')),
    category_code        VARCHAR(40)  NOT NULL REFERENCES subject_category (code),
    name                 VARCHAR(200) NOT NULL,
    name_grams           TEXT[]       NOT NULL,
    uscc                 CHAR(18) UNIQUE,
    region_code          VARCHAR(9)   NOT NULL,
    grid_id              BIGINT,
    address              VARCHAR(300),
    legal_representative VARCHAR(100),
    principal            VARCHAR(100),
    status               VARCHAR(16)  NOT NULL CHECK (status IN ('OPERATING', 'SUSPENDED', 'CLOSED', 'CANCELLED')),
    -- medical institutions only
    grade                VARCHAR(24),
    ownership            VARCHAR(16) CHECK (ownership IN ('PUBLIC', 'PRIVATE')),
    for_profit           BOOLEAN,
    licence_reg_no       VARCHAR(40) UNIQUE,
    beds                 INT CHECK (beds >= 0),
    practice_subjects    TEXT[]       NOT NULL DEFAULT '{}',
    -- category-specific attributes, validated against subject_category.attributes
    attributes           JSONB        NOT NULL DEFAULT '{}',
    created_at           TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT subject_institution_fields CHECK (kind = 'MEDICAL_INSTITUTION'
        OR (grade IS NULL AND ownership IS NULL AND for_profit IS NULL AND licence_reg_no IS NULL AND beds IS NULL))
);
CREATE INDEX subject_region_idx ON subject (region_code text_pattern_ops);
CREATE INDEX subject_name_prefix_idx ON subject (name text_pattern_ops);
CREATE INDEX subject_name_grams_idx ON subject USING gin (name_grams);
CREATE INDEX subject_category_idx ON subject (category_code, region_code);
CREATE INDEX subject_grid_idx ON subject (grid_id);

INSERT INTO subject_category (code, kind, name_zh, name_en, sort_order, attributes) VALUES
('GENERAL_HOSPITAL', 'MEDICAL_INSTITUTION', '综合医院', 'General hospital', 10, '[]'),
('TCM_HOSPITAL', 'MEDICAL_INSTITUTION', '中医医院', 'Traditional Chinese medicine hospital', 20, '[]'),
('INTEGRATED_HOSPITAL', 'MEDICAL_INSTITUTION', '中西医结合医院', 'Integrated Chinese and Western medicine hospital', 30, '[]'),
('SPECIALTY_HOSPITAL', 'MEDICAL_INSTITUTION', '专科医院', 'Specialty hospital', 40, '[]'),
('MATERNAL_CHILD_HEALTH', 'MEDICAL_INSTITUTION', '妇幼保健院', 'Maternal and child health hospital', 50, '[]'),
('COMMUNITY_HEALTH_CENTER', 'MEDICAL_INSTITUTION', '社区卫生服务中心', 'Community health service centre', 60, '[]'),
('COMMUNITY_HEALTH_STATION', 'MEDICAL_INSTITUTION', '社区卫生服务站', 'Community health service station', 70, '[]'),
('TOWNSHIP_HEALTH_CENTER', 'MEDICAL_INSTITUTION', '乡镇卫生院', 'Township health centre', 80, '[]'),
('VILLAGE_CLINIC', 'MEDICAL_INSTITUTION', '村卫生室', 'Village clinic', 90, '[]'),
('OUTPATIENT_DEPARTMENT', 'MEDICAL_INSTITUTION', '门诊部', 'Outpatient department', 100, '[]'),
('CLINIC', 'MEDICAL_INSTITUTION', '诊所', 'Clinic', 110, '[]'),
('INFIRMARY', 'MEDICAL_INSTITUTION', '卫生所（室）、医务室', 'Infirmary', 115, '[]'),
('MEDICAL_LABORATORY', 'MEDICAL_INSTITUTION', '医学检验实验室', 'Medical laboratory', 120, '[]'),
('BLOOD_STATION', 'MEDICAL_INSTITUTION', '血站', 'Blood station', 130, '[]'),
('EMERGENCY_CENTER', 'MEDICAL_INSTITUTION', '急救中心', 'Emergency centre', 140, '[]'),
('CDC', 'MEDICAL_INSTITUTION', '疾病预防控制中心', 'Centre for disease control', 150, '[]'),
('NURSING_HOME', 'MEDICAL_INSTITUTION', '护理院', 'Nursing home', 160, '[]'),
('PUBLIC_PLACE', 'PUBLIC_HEALTH_UNIT', '公共场所', 'Public place', 210,
 '[{"key":"placeType","type":"ENUM","required":true,"options":["HOTEL","BATHHOUSE","BEAUTY_SALON","SWIMMING","THEATRE","SHOPPING","GYM","WAITING_ROOM","OTHER"],"labelZh":"场所类型","labelEn":"Type of place"},
   {"key":"areaSquareMetres","type":"NUMBER","required":false,"min":0,"labelZh":"营业面积（平方米）","labelEn":"Floor area (m²)"},
   {"key":"hygieneLicenceNo","type":"TEXT","required":false,"labelZh":"卫生许可证号","labelEn":"Hygiene licence number"}]'),
('DRINKING_WATER', 'PUBLIC_HEALTH_UNIT', '生活饮用水供水单位', 'Drinking-water supplier', 220,
 '[{"key":"supplyType","type":"ENUM","required":true,"options":["CENTRALISED","SECONDARY","SELF_BUILT"],"labelZh":"供水方式","labelEn":"Supply type"},
   {"key":"dailyCapacityTonnes","type":"NUMBER","required":true,"min":0,"labelZh":"日供水能力（吨）","labelEn":"Daily capacity (t)"}]'),
('SCHOOL', 'PUBLIC_HEALTH_UNIT', '学校及托幼机构', 'School or childcare institution', 230,
 '[{"key":"schoolType","type":"ENUM","required":true,"options":["KINDERGARTEN","PRIMARY","SECONDARY","VOCATIONAL","HIGHER","CHILDCARE"],"labelZh":"学校类型","labelEn":"Type of school"},
   {"key":"students","type":"NUMBER","required":false,"min":0,"labelZh":"在校人数","labelEn":"Students"},
   {"key":"boarding","type":"BOOLEAN","required":false,"labelZh":"寄宿制","labelEn":"Boarding"}]'),
('OCCUPATIONAL_HAZARD', 'PUBLIC_HEALTH_UNIT', '职业病危害用人单位', 'Employer with occupational hazards', 240,
 '[{"key":"hazardFactors","type":"TEXT","required":true,"labelZh":"职业病危害因素","labelEn":"Hazard factors"},
   {"key":"exposedWorkers","type":"NUMBER","required":false,"min":0,"labelZh":"接害人数","labelEn":"Exposed workers"}]'),
('RADIATION_DIAGNOSIS', 'PUBLIC_HEALTH_UNIT', '放射诊疗单位', 'Radiological diagnosis and treatment unit', 250,
 '[{"key":"radiationLicenceNo","type":"TEXT","required":true,"labelZh":"放射诊疗许可证号","labelEn":"Radiation licence number"},
   {"key":"equipmentCount","type":"NUMBER","required":false,"min":0,"labelZh":"放射设备台数","labelEn":"Radiation equipment"}]'),
('DISINFECTION_PRODUCT', 'PUBLIC_HEALTH_UNIT', '消毒产品生产经营单位', 'Disinfection product maker or seller', 260,
 '[{"key":"productClass","type":"ENUM","required":true,"options":["CLASS_1","CLASS_2","CLASS_3"],"labelZh":"产品类别","labelEn":"Product class"},
   {"key":"productionLicenceNo","type":"TEXT","required":false,"labelZh":"生产企业卫生许可证号","labelEn":"Production hygiene licence number"}]'),
('TABLEWARE_DISINFECTION', 'PUBLIC_HEALTH_UNIT', '餐具饮具集中消毒服务单位', 'Central tableware disinfection service', 270,
 '[{"key":"dailyCapacitySets","type":"NUMBER","required":false,"min":0,"labelZh":"日消毒能力（套）","labelEn":"Daily capacity (sets)"}]');
