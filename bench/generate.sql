-- ThiĐua benchmark dataset: ten emulation years of a ministry-scale sector, reproducible.
--
-- Run on a database the backend has migrated (Flyway V1..V50), with the scale set first:
--     SET bench.scale = '1';     -- full: ~1,500 units, 60 clusters/year, 150,000 people, ~1,000,000 ledger rows
--     SET bench.scale = '0.1';   -- the 10× smaller set
--     \i generate.sql
-- Every id and value derives from md5 of (table, row number): the same scale gives the same rows, whatever the
-- order PostgreSQL evaluates them in (no random(), no sequence). Nothing here goes through the API: the audit
-- trail stays empty, as for data migrated from the paper era.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE OR REPLACE FUNCTION pg_temp.bid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT md5('thidua-bench:' || kind || ':' || n)::uuid $$;
-- A uniform number in [0, 1) from (kind, n).
CREATE OR REPLACE FUNCTION pg_temp.r(kind text, n bigint) RETURNS double precision LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('x' || substr(md5('thidua-bench-r:' || kind || ':' || n), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
CREATE OR REPLACE FUNCTION pg_temp.pick(options text[], x double precision) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT options[1 + floor(x * array_length(options, 1))::int] $$;
CREATE OR REPLACE FUNCTION pg_temp.award(code text) RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT id FROM award_type WHERE award_type.code = award.code $$;

CREATE TEMPORARY TABLE bench_size AS
SELECT greatest(100, round(1500 * s))::int AS units,
       greatest(3, round(60 * s))::int     AS clusters,
       round(150000 * s)::int             AS people,
       s                                   AS scale
FROM (SELECT current_setting('bench.scale')::numeric AS s) x;

CREATE TEMPORARY TABLE bench_year AS SELECT y AS year FROM generate_series(2016, 2025) y;

-- ---------------------------------------------------------------------------------------------------------
-- Units: the Ministry, its departments, provincial Departments of Justice and judgment-enforcement bodies,
-- district justice offices and communes under them.
CREATE TEMPORARY TABLE bench_unit AS
SELECT n,
       CASE WHEN n = 1 THEN 'BO'
            WHEN n <= 30 THEN (ARRAY['VU', 'CUC', 'VAN_PHONG', 'THANH_TRA', 'SU_NGHIEP'])[1 + n % 5]
            WHEN n % 10 IN (0, 1) THEN 'SO_TU_PHAP'
            WHEN n % 10 IN (2, 3) THEN 'THADS_TINH'
            WHEN n % 10 IN (4, 5) THEN 'THADS_KHU_VUC'
            WHEN n % 10 IN (6, 7) THEN 'PHONG_TU_PHAP'
            ELSE 'XA' END AS kind,
       pg_temp.pick(ARRAY['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Thừa Thiên Huế', 'Cần Thơ', 'Đắk Lắk', 'Quảng Ninh',
                          'Nghệ An', 'Thanh Hóa', 'Bắc Ninh', 'Lạng Sơn', 'Điện Biên', 'Khánh Hòa', 'Bình Định',
                          'Lâm Đồng', 'An Giang', 'Cà Mau', 'Đồng Tháp', 'Tây Ninh', 'Gia Lai'], pg_temp.r('province', n)) AS province,
       pg_temp.pick(ARRAY['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Tân', 'Phú', 'Hòa', 'Vĩnh', 'Quảng'],
                    pg_temp.r('place1', n)) || ' ' ||
       pg_temp.pick(ARRAY['Anh', 'Hưng', 'Thịnh', 'Lộc', 'Sơn', 'Giang', 'Yên', 'Mỹ', 'Điền', 'Xuân', 'Đức', 'Lâm'],
                    pg_temp.r('place2', n)) AS place
FROM generate_series(1, (SELECT units FROM bench_size)) n;

INSERT INTO unit (id, name, short_name, kind, province, parent_id, valid_from)
SELECT pg_temp.bid('unit', n),
       CASE kind WHEN 'BO' THEN 'Bộ Tư pháp (bench)'
                 WHEN 'SO_TU_PHAP' THEN 'Sở Tư pháp ' || province || ' ' || n
                 WHEN 'THADS_TINH' THEN 'Cục Thi hành án dân sự ' || province || ' ' || n
                 WHEN 'THADS_KHU_VUC' THEN 'Phòng Thi hành án dân sự khu vực ' || place || ' ' || n
                 WHEN 'PHONG_TU_PHAP' THEN 'Phòng Tư pháp huyện ' || place || ' ' || n
                 WHEN 'XA' THEN 'Ủy ban nhân dân xã ' || place || ' ' || n
                 ELSE (ARRAY['Vụ', 'Cục', 'Văn phòng', 'Thanh tra', 'Trung tâm'])[1 + n % 5] || ' ' || place || ' ' || n END,
       'U' || n, kind, CASE WHEN n > 30 THEN province END,
       CASE WHEN n = 1 THEN NULL
            WHEN n <= 30 OR kind IN ('SO_TU_PHAP', 'THADS_TINH') THEN pg_temp.bid('unit', 1)
            -- district bodies hang under the provincial one of their decade, communes under a district office
            WHEN kind = 'THADS_KHU_VUC' THEN pg_temp.bid('unit', n - 2)
            WHEN kind = 'PHONG_TU_PHAP' THEN pg_temp.bid('unit', n - 6)
            ELSE pg_temp.bid('unit', n - 2 - (n % 10 - 8)) END,
       date '2010-01-01'
FROM bench_unit ORDER BY n;

-- ---------------------------------------------------------------------------------------------------------
-- Periods (one a year) and clusters: cluster 1 of every year holds units 1–60 (the 60-unit ranking of the
-- benchmark); the other units are spread over the remaining clusters.
INSERT INTO emulation_period (id, label, start_date, end_date)
SELECT pg_temp.bid('period', year), 'Bench ' || year, make_date(year, 1, 1), make_date(year, 12, 31) FROM bench_year;

INSERT INTO cluster (id, period_id, name, kind)
SELECT pg_temp.bid('cluster', y.year * 1000 + c), pg_temp.bid('period', y.year),
       'Cụm thi đua số ' || c || ' (bench)', CASE WHEN c = 1 THEN 'KHOI' ELSE 'CUM' END
FROM bench_year y, generate_series(1, (SELECT clusters FROM bench_size)) c;

CREATE TEMPORARY TABLE bench_membership AS
SELECT n AS unit_n,
       CASE WHEN n <= 60 THEN 1 ELSE 2 + (n - 61) % ((SELECT clusters FROM bench_size) - 1) END AS cluster_n
FROM generate_series(1, (SELECT units FROM bench_size)) n;
CREATE TEMPORARY TABLE bench_cluster_head AS
SELECT cluster_n, min(unit_n) AS head_n, min(unit_n) FILTER (WHERE unit_n > (SELECT min(unit_n) FROM bench_membership b2 WHERE b2.cluster_n = b.cluster_n)) AS deputy_n
FROM bench_membership b GROUP BY cluster_n;

INSERT INTO cluster_member (cluster_id, unit_id, role)
SELECT pg_temp.bid('cluster', y.year * 1000 + m.cluster_n), pg_temp.bid('unit', m.unit_n),
       CASE m.unit_n WHEN h.head_n THEN 'HEAD' WHEN h.deputy_n THEN 'DEPUTY' ELSE 'MEMBER' END
FROM bench_year y, bench_membership m JOIN bench_cluster_head h USING (cluster_n);

-- ---------------------------------------------------------------------------------------------------------
-- People with Vietnamese names (accent-insensitive search), current assignment and ten yearly ratings.
INSERT INTO person (id, full_name, birth_year, gender, unit_id, position, leader, employment_type)
SELECT pg_temp.bid('person', n),
       pg_temp.pick(ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
                          'Hồ', 'Ngô', 'Dương', 'Lý'], pg_temp.r('surname', n)) || ' ' ||
       pg_temp.pick(ARRAY['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu'], pg_temp.r('middle', n)) || ' ' ||
       pg_temp.pick(ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hương', 'Khánh', 'Lan', 'Linh',
                          'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn',
                          'Vân', 'Việt', 'Yến', 'Đạt', 'Đông', 'Ánh'], pg_temp.r('given', n)),
       1960 + floor(pg_temp.r('born', n) * 40)::int,
       CASE WHEN pg_temp.r('gender', n) < 0.55 THEN 'F' ELSE 'M' END,
       pg_temp.bid('unit', 1 + (n * 7919) % (SELECT units FROM bench_size)),
       CASE WHEN pg_temp.r('leader', n) < 0.1 THEN 'Trưởng phòng' ELSE 'Chuyên viên' END,
       pg_temp.r('leader', n) < 0.1,
       pg_temp.pick(ARRAY['CIVIL_SERVANT', 'CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'CONTRACT'], pg_temp.r('employment', n))
FROM generate_series(1, (SELECT people FROM bench_size)) n;

INSERT INTO person_assignment (id, person_id, unit_id, position, valid_from)
SELECT pg_temp.bid('assignment', n), pg_temp.bid('person', n), pg_temp.bid('unit', 1 + (n * 7919) % (SELECT units FROM bench_size)),
       'Chuyên viên', date '2015-01-01'
FROM generate_series(1, (SELECT people FROM bench_size)) n;

-- Ratings: 15% HTXSNV, 60% HTTNV, 20% HTNV, 5% KHTNV.
CREATE TEMPORARY TABLE bench_person_year AS
SELECT n, y.year, pg_temp.r('rating', n::bigint * 10000 + y.year) AS x, pg_temp.r('award', n::bigint * 10000 + y.year) AS a
FROM generate_series(1, (SELECT people FROM bench_size)) n, bench_year y;

INSERT INTO annual_rating (id, person_id, year, rating)
SELECT pg_temp.bid('rating', n::bigint * 10000 + year), pg_temp.bid('person', n), year,
       CASE WHEN x < 0.15 THEN 'HTXSNV' WHEN x < 0.75 THEN 'HTTNV' WHEN x < 0.95 THEN 'HTNV' ELSE 'KHTNV' END
FROM bench_person_year;

-- ---------------------------------------------------------------------------------------------------------
-- Decisions (one a year per level) and the awards ledger: LĐTT for most who completed well, CSTĐCS for the
-- excellent few, Bằng khen of the Minister now and then; TTLĐTT for most units. ~1,000,000 rows at scale 1.
INSERT INTO decision (id, number, decision_date, signer, signer_title, status, base_amount, created_by)
SELECT pg_temp.bid('decision', year * 10 + k), k || '/QĐ-BTP-BENCH-' || year, make_date(year + 1, 1, 15),
       'Người ký (bench)', 'Bộ trưởng', 'ISSUED', 2340000, 'bench'
FROM bench_year, generate_series(1, 3) k;

INSERT INTO award (id, award_type_id, person_id, year, decision_number, decision_date, decided_by, source, created_by)
SELECT pg_temp.bid('award-ldtt', n::bigint * 10000 + year), pg_temp.award('LDTT'), pg_temp.bid('person', n), year,
       '1/QĐ-BENCH-' || year, make_date(year + 1, 1, 10), 'Thủ trưởng đơn vị', 'IMPORTED', 'bench'
FROM bench_person_year WHERE x < 0.75 AND a < 0.8;

INSERT INTO award (id, award_type_id, person_id, year, decision_number, decision_date, decided_by, decision_id, source, created_by)
SELECT pg_temp.bid('award-cstdcs', n::bigint * 10000 + year), pg_temp.award('CSTDCS'), pg_temp.bid('person', n), year,
       '2/QĐ-BTP-BENCH-' || year, make_date(year + 1, 1, 15), 'Bộ trưởng', pg_temp.bid('decision', year * 10 + 2), 'DECIDED', 'bench'
FROM bench_person_year WHERE x < 0.15 AND a < 0.5;

INSERT INTO award (id, award_type_id, person_id, year, decision_number, decision_date, decided_by, decision_id, source, created_by)
SELECT pg_temp.bid('award-bkbo', n::bigint * 10000 + year), pg_temp.award('BK_BO'), pg_temp.bid('person', n), year,
       '3/QĐ-BTP-BENCH-' || year, make_date(year + 1, 1, 15), 'Bộ trưởng', pg_temp.bid('decision', year * 10 + 3), 'DECIDED', 'bench'
FROM bench_person_year WHERE a >= 0.985;

INSERT INTO award (id, award_type_id, unit_id, year, decision_number, decision_date, decided_by, source, created_by)
SELECT pg_temp.bid('award-ttldtt', n::bigint * 10000 + y.year), pg_temp.award('TTLDTT'), pg_temp.bid('unit', n), y.year,
       '1/QĐ-BENCH-' || y.year, make_date(y.year + 1, 1, 10), 'Thủ trưởng đơn vị', 'IMPORTED', 'bench'
FROM generate_series(1, (SELECT units FROM bench_size)) n, bench_year y
WHERE pg_temp.r('ttldtt', n::bigint * 10000 + y.year) < 0.7;

-- ---------------------------------------------------------------------------------------------------------
-- Scoring: one published template of 120 criteria (6 sections × 20) per year; a locked sheet per unit and year.
INSERT INTO scoring_template (id, period_id, target_group, version_no, name, status, total_points, tie_break, sections, published_at)
SELECT pg_temp.bid('template', y.year), pg_temp.bid('period', y.year), 'MINISTRY_UNITS', 1,
       'Bảng tiêu chí chấm điểm thi đua năm ' || y.year || ' (bench)', 'PUBLISHED', 120, '["SECTION:A"]',
       (SELECT jsonb_agg(jsonb_build_object('code', s, 'title', 'Nhóm tiêu chí ' || s, 'maxPoints', 20,
               'criteria', (SELECT jsonb_agg(jsonb_build_object('code', s || '.' || c, 'text', 'Tiêu chí ' || s || '.' || c,
                                                                'maxPoints', 1, 'method', 'MANUAL') ORDER BY c)
                            FROM generate_series(1, 20) c)) ORDER BY s)
        FROM unnest(ARRAY['A', 'B', 'C', 'D', 'E', 'F']) s),
       make_date(y.year, 1, 20)
FROM bench_year y;

INSERT INTO score_sheet (id, template_id, cluster_id, unit_id, status, version)
SELECT pg_temp.bid('sheet', m.unit_n::bigint * 10000 + y.year), pg_temp.bid('template', y.year),
       pg_temp.bid('cluster', y.year * 1000 + m.cluster_n), pg_temp.bid('unit', m.unit_n), 'LOCKED', 5
FROM bench_membership m, bench_year y;

INSERT INTO score_entry (sheet_id, criterion_code, section_code, method, self_input, self_points, verified_input, verified_points, diff_reason)
SELECT pg_temp.bid('sheet', m.unit_n::bigint * 10000 + y.year), s || '.' || c, s, 'MANUAL', p.self, p.self, p.ver, p.ver,
       CASE WHEN p.ver < p.self THEN 'Minh chứng chưa đầy đủ' END
FROM bench_membership m, bench_year y, unnest(ARRAY['A', 'B', 'C', 'D', 'E', 'F']) s, generate_series(1, 20) c,
     LATERAL (SELECT round((0.5 + 0.5 * pg_temp.r('self', (m.unit_n::bigint * 10000 + y.year) * 1000 + ascii(s) * 20 + c))::numeric, 2) AS self) q,
     LATERAL (SELECT q.self AS self,
                     CASE WHEN pg_temp.r('cut', (m.unit_n::bigint * 10000 + y.year) * 1000 + ascii(s) * 20 + c) < 0.1
                          THEN round(q.self * 0.8, 2) ELSE q.self END AS ver) p;

-- ---------------------------------------------------------------------------------------------------------
-- Campaigns: ten sector-wide ones a year; every unit registers its collective title for each.
INSERT INTO campaign (id, title, slogan, type, scope, launching_unit_id, period_id, start_date, end_date,
                      registration_deadline, final_report_due, target_selector, target_unit_kind, status, launched_at)
SELECT pg_temp.bid('campaign', y.year * 100 + k),
       'Phong trào thi đua ' || (ARRAY['chuyển đổi số', 'cải cách hành chính', 'xây dựng pháp luật', 'thi hành án',
                                       'phổ biến pháp luật', 'hộ tịch', 'trợ giúp pháp lý', 'hòa giải cơ sở',
                                       'bổ trợ tư pháp', 'văn hóa công sở'])[k] || ' năm ' || y.year || ' (bench)',
       'Đoàn kết, sáng tạo', CASE WHEN k = 1 THEN 'REGULAR' ELSE 'THEMATIC' END, 'SECTOR', pg_temp.bid('unit', 1),
       pg_temp.bid('period', y.year), make_date(y.year, 1, 15), make_date(y.year, 12, 15), make_date(y.year, 3, 1),
       make_date(y.year, 12, 1), 'LIST', NULL, CASE WHEN y.year = 2025 THEN 'IN_PROGRESS' ELSE 'CLOSED' END,
       make_timestamp(y.year, 1, 15, 8, 0, 0)
FROM bench_year y, generate_series(1, 10) k;

INSERT INTO campaign_target_unit (campaign_id, unit_id)
SELECT pg_temp.bid('campaign', y.year * 100 + k), pg_temp.bid('unit', n)
FROM bench_year y, generate_series(1, 10) k, generate_series(1, (SELECT units FROM bench_size)) n;

INSERT INTO registration (id, campaign_id, unit_id, award_type_id, commitments, status, created_by, submitted_at, decided_at)
SELECT pg_temp.bid('registration', (y.year * 100 + k)::bigint * 100000 + n), pg_temp.bid('campaign', y.year * 100 + k), pg_temp.bid('unit', n),
       pg_temp.award('TTLDTT'), 'Hoàn thành 100% nhiệm vụ được giao',
       CASE WHEN pg_temp.r('reg', (y.year * 100 + k)::bigint * 100000 + n) < 0.8 THEN 'APPROVED'
            WHEN pg_temp.r('reg', (y.year * 100 + k)::bigint * 100000 + n) < 0.9 THEN 'SUBMITTED' ELSE 'DRAFT' END,
       'bench', make_timestamp(y.year, 2, 1, 8, 0, 0), make_timestamp(y.year, 2, 15, 8, 0, 0)
FROM bench_year y, generate_series(1, 10) k, generate_series(1, (SELECT units FROM bench_size)) n
WHERE k <= 3 OR pg_temp.r('joins', (y.year * 100 + k)::bigint * 100000 + n) < 0.3;

-- ---------------------------------------------------------------------------------------------------------
-- Nominations: the units' proposals of CSTĐ ngành (individuals) each year, decided; one open proposal per unit
-- for 2025 (the eligibility scenario's subjects, people with ten years of history).
INSERT INTO nomination (id, unit_id, person_id, award_type_id, period_id, achievements, status, created_by, decision_id)
SELECT pg_temp.bid('nomination', n::bigint * 10000 + year), pg_temp.bid('unit', 1 + (n * 7919) % (SELECT units FROM bench_size)),
       pg_temp.bid('person', n), pg_temp.award('CSTD_NGANH'), pg_temp.bid('period', year),
       'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến được công nhận',
       CASE WHEN year = 2025 THEN 'SUBMITTED' ELSE 'DECIDED' END, 'bench',
       CASE WHEN year < 2025 THEN pg_temp.bid('decision', year * 10 + 1) END
FROM bench_person_year WHERE x < 0.15 AND a < 0.1;

-- Voting: each cluster's election of the year, closed, with a ballot per member unit (kept apart from who voted).
INSERT INTO voting_session (id, purpose, title, cluster_id, period_id, award_type_id, session_date, mode, status, quorum, threshold,
                            base, seats, max_choices, self_vote_allowed, abstain_allowed, secret, candidates, electorate, present,
                            opened_at, closed_at, created_by)
SELECT pg_temp.bid('session', y.year * 1000 + c.c), 'CLUSTER_ELECTION', 'Suy tôn Cờ thi đua ngành — Cụm ' || c.c || ' năm ' || y.year,
       pg_temp.bid('cluster', y.year * 1000 + c.c), pg_temp.bid('period', y.year), pg_temp.award('CO_NGANH'), make_date(y.year, 12, 10),
       'ELECTRONIC', 'CLOSED', '2/3', '1/2', 'ALL_MEMBERS', 1, 1, false, true, true,
       (SELECT jsonb_agg(jsonb_build_object('kind', 'UNIT', 'ref', pg_temp.bid('unit', m.unit_n), 'label', 'U' || m.unit_n) ORDER BY m.unit_n)
        FROM bench_membership m WHERE m.cluster_n = c.c),
       (SELECT jsonb_agg(jsonb_build_object('key', pg_temp.bid('unit', m.unit_n), 'label', 'U' || m.unit_n) ORDER BY m.unit_n)
        FROM bench_membership m WHERE m.cluster_n = c.c),
       (SELECT jsonb_agg(pg_temp.bid('unit', m.unit_n) ORDER BY m.unit_n) FROM bench_membership m WHERE m.cluster_n = c.c),
       make_timestamp(y.year, 12, 10, 8, 0, 0), make_timestamp(y.year, 12, 10, 9, 0, 0), 'bench'
FROM bench_year y, generate_series(1, (SELECT clusters FROM bench_size)) c(c);

INSERT INTO vote_participation (session_id, round, voter_key)
SELECT pg_temp.bid('session', y.year * 1000 + m.cluster_n), 1, pg_temp.bid('unit', m.unit_n)::text
FROM bench_year y, bench_membership m;

INSERT INTO vote_ballot (id, session_id, round, receipt_code, choices)
SELECT pg_temp.bid('ballot', y.year * 100000 + m.unit_n), pg_temp.bid('session', y.year * 1000 + m.cluster_n), 1,
       upper(substr(md5('receipt' || y.year || ':' || m.unit_n), 1, 10)),
       jsonb_build_object(pg_temp.bid('unit', h.head_n)::text, 'YES')
FROM bench_year y, bench_membership m JOIN bench_cluster_head h USING (cluster_n);

ANALYZE unit, cluster, cluster_member, person, person_assignment, annual_rating, award, decision, scoring_template,
        score_sheet, score_entry, campaign, campaign_target_unit, registration, nomination, voting_session,
        vote_participation, vote_ballot;

SELECT 'units' AS what, count(*) FROM unit
UNION ALL SELECT 'clusters', count(*) FROM cluster
UNION ALL SELECT 'people', count(*) FROM person
UNION ALL SELECT 'annual ratings', count(*) FROM annual_rating
UNION ALL SELECT 'awards ledger', count(*) FROM award
UNION ALL SELECT 'score sheets', count(*) FROM score_sheet
UNION ALL SELECT 'score entries', count(*) FROM score_entry
UNION ALL SELECT 'campaigns', count(*) FROM campaign
UNION ALL SELECT 'registrations', count(*) FROM registration
UNION ALL SELECT 'nominations', count(*) FROM nomination
UNION ALL SELECT 'voting sessions', count(*) FROM voting_session
UNION ALL SELECT 'ballots', count(*) FROM vote_ballot;
