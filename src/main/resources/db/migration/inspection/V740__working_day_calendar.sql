-- 工作日历 — the working-day calendar for deadlines counted in working days (e.g. publication of results within
-- 20 working days). A rule table: one row per year with the State Council notice (国务院办公厅关于部分节假日安排
-- 的通知) it comes from and a confidence, and one row per public-holiday day (放假) and per adjusted working day
-- (调休上班, a Saturday or Sunday that is worked). Days not listed follow the week: Monday–Friday working.
-- Years without a row fall back to Monday–Friday and the application says so (ADR 0036).
CREATE TABLE inspection_calendar_year
(
    year         int PRIMARY KEY,
    notice       text NOT NULL,
    document_no  text,
    published_on date,
    confidence   text NOT NULL CHECK (confidence IN ('VERIFIED', 'UNVERIFIED')),
    notes        text
);

CREATE TABLE inspection_calendar_day
(
    day     date PRIMARY KEY,
    year    int  NOT NULL REFERENCES inspection_calendar_year (year),
    kind    text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING')),
    holiday text NOT NULL,
    CHECK (extract(year FROM day) = year)
);

INSERT INTO inspection_calendar_year (year, notice, document_no, published_on, confidence, notes) VALUES
    (2025, '国务院办公厅关于2025年部分节假日安排的通知', '国办发明电〔2024〕12号', DATE '2024-11-12', 'VERIFIED',
     '依据2024年11月修订的《全国年节及纪念日放假办法》；春节、劳动节各增加1天'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知', NULL, DATE '2025-11-04', 'VERIFIED',
     '全文经新华社2025年11月4日受权发布稿核对；文号未核对');

-- 2025 (国办发明电〔2024〕12号)
INSERT INTO inspection_calendar_day (day, year, kind, holiday)
SELECT d::date, 2025, 'HOLIDAY', h.name
FROM (VALUES ('元旦', DATE '2025-01-01', DATE '2025-01-01'),
             ('春节', DATE '2025-01-28', DATE '2025-02-04'),
             ('清明节', DATE '2025-04-04', DATE '2025-04-06'),
             ('劳动节', DATE '2025-05-01', DATE '2025-05-05'),
             ('端午节', DATE '2025-05-31', DATE '2025-06-02'),
             ('国庆节、中秋节', DATE '2025-10-01', DATE '2025-10-08')) AS h(name, first_day, last_day),
     generate_series(h.first_day, h.last_day, interval '1 day') AS d;

INSERT INTO inspection_calendar_day (day, year, kind, holiday) VALUES
    (DATE '2025-01-26', 2025, 'WORKING', '春节'),
    (DATE '2025-02-08', 2025, 'WORKING', '春节'),
    (DATE '2025-04-27', 2025, 'WORKING', '劳动节'),
    (DATE '2025-09-28', 2025, 'WORKING', '国庆节、中秋节'),
    (DATE '2025-10-11', 2025, 'WORKING', '国庆节、中秋节');

-- 2026 (国务院办公厅 2025年11月4日)
INSERT INTO inspection_calendar_day (day, year, kind, holiday)
SELECT d::date, 2026, 'HOLIDAY', h.name
FROM (VALUES ('元旦', DATE '2026-01-01', DATE '2026-01-03'),
             ('春节', DATE '2026-02-15', DATE '2026-02-23'),
             ('清明节', DATE '2026-04-04', DATE '2026-04-06'),
             ('劳动节', DATE '2026-05-01', DATE '2026-05-05'),
             ('端午节', DATE '2026-06-19', DATE '2026-06-21'),
             ('中秋节', DATE '2026-09-25', DATE '2026-09-27'),
             ('国庆节', DATE '2026-10-01', DATE '2026-10-07')) AS h(name, first_day, last_day),
     generate_series(h.first_day, h.last_day, interval '1 day') AS d;

INSERT INTO inspection_calendar_day (day, year, kind, holiday) VALUES
    (DATE '2026-01-04', 2026, 'WORKING', '元旦'),
    (DATE '2026-02-14', 2026, 'WORKING', '春节'),
    (DATE '2026-02-28', 2026, 'WORKING', '春节'),
    (DATE '2026-05-09', 2026, 'WORKING', '劳动节'),
    (DATE '2026-09-20', 2026, 'WORKING', '国庆节'),
    (DATE '2026-10-10', 2026, 'WORKING', '国庆节');
