-- Demo organisation built from public facts (MOJ news 2019, 2026; see shared/domain-research.md §6).
-- Unit ids are fixed: the Keycloak demo realm links its users to them (deploy/keycloak).
-- Where a 2025 merger's exact mapping is not public, the successor chosen here is a demo assumption.

CREATE FUNCTION pg_temp.uid(n integer) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;

-- The Ministry and its departments.
INSERT INTO unit (id, name, short_name, kind, province, parent_id, valid_from) VALUES
    (pg_temp.uid(1),  'Bộ Tư pháp', 'BTP', 'BO', 'Hà Nội', NULL, '1945-08-28'),
    (pg_temp.uid(10), 'Vụ Tổ chức cán bộ', 'Vụ TCCB', 'VU', 'Hà Nội', pg_temp.uid(1), '2000-01-01'),
    (pg_temp.uid(11), 'Cục Công nghệ thông tin', 'Cục CNTT', 'CUC', 'Hà Nội', pg_temp.uid(1), '2008-01-01'),
    (pg_temp.uid(12), 'Văn phòng Bộ', 'VPB', 'VAN_PHONG', 'Hà Nội', pg_temp.uid(1), '2000-01-01'),
    (pg_temp.uid(13), 'Thanh tra Bộ', 'TTB', 'THANH_TRA', 'Hà Nội', pg_temp.uid(1), '2000-01-01'),
    (pg_temp.uid(14), 'Vụ Hợp tác quốc tế', 'Vụ HTQT', 'VU', 'Hà Nội', pg_temp.uid(1), '2000-01-01');

-- The 11 members of Cụm thi đua số III (2019), which ended in the 2025 restructuring unless noted.
INSERT INTO unit (id, name, short_name, kind, province, parent_id, valid_from, valid_to) VALUES
    (pg_temp.uid(101), 'Cục Trợ giúp pháp lý', 'Cục TGPL', 'CUC', 'Hà Nội', pg_temp.uid(1), '2008-01-01', '2025-02-28'),
    (pg_temp.uid(102), 'Tổng cục Thi hành án dân sự', 'TCTHADS', 'TONG_CUC', 'Hà Nội', pg_temp.uid(1), '2009-07-01', '2025-02-28'),
    (pg_temp.uid(103), 'Cục Hộ tịch, quốc tịch, chứng thực', 'Cục HTQTCT', 'CUC', 'Hà Nội', pg_temp.uid(1), '2013-01-01', '2025-02-28'),
    (pg_temp.uid(104), 'Cục Bồi thường nhà nước', 'Cục BTNN', 'CUC', 'Hà Nội', pg_temp.uid(1), '2010-01-01', '2025-02-28'),
    (pg_temp.uid(105), 'Cục Kiểm tra văn bản quy phạm pháp luật', 'Cục KTVB', 'CUC', 'Hà Nội', pg_temp.uid(1), '2004-01-01', '2025-02-28'),
    (pg_temp.uid(106), 'Cục Đăng ký quốc gia giao dịch bảo đảm', 'Cục ĐKGDBĐ', 'CUC', 'Hà Nội', pg_temp.uid(1), '2004-01-01', '2025-02-28'),
    (pg_temp.uid(107), 'Cục Con nuôi', 'Cục CN', 'CUC', 'Hà Nội', pg_temp.uid(1), '2010-01-01', '2025-02-28'),
    (pg_temp.uid(108), 'Cục Bổ trợ tư pháp', 'Cục BTTP', 'CUC', 'Hà Nội', pg_temp.uid(1), '2004-01-01', NULL),
    (pg_temp.uid(109), 'Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật', 'Cục QLXLVPHC&TDTHPL', 'CUC', 'Hà Nội', pg_temp.uid(1), '2012-01-01', '2025-02-28'),
    (pg_temp.uid(110), 'Vụ Phổ biến, giáo dục pháp luật', 'Vụ PBGDPL', 'VU', 'Hà Nội', pg_temp.uid(1), '2000-01-01', '2025-02-28'),
    (pg_temp.uid(111), 'Trung tâm Lý lịch tư pháp quốc gia', 'TTLLTP', 'SU_NGHIEP', 'Hà Nội', pg_temp.uid(1), '2009-01-01', NULL);

-- Units formed in 2025 (members of Cụm III in 2026 with Cục Bổ trợ tư pháp and Vụ Hợp tác quốc tế).
INSERT INTO unit (id, name, short_name, kind, province, parent_id, valid_from) VALUES
    (pg_temp.uid(201), 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý', 'Cục PBGDPL&TGPL', 'CUC', 'Hà Nội', pg_temp.uid(1), '2025-03-01'),
    (pg_temp.uid(202), 'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước', 'Cục ĐKGDBĐ&BTNN', 'CUC', 'Hà Nội', pg_temp.uid(1), '2025-03-01'),
    (pg_temp.uid(203), 'Cục Hành chính tư pháp', 'Cục HCTP', 'CUC', 'Hà Nội', pg_temp.uid(1), '2025-03-01'),
    (pg_temp.uid(204), 'Cục Quản lý thi hành án dân sự', 'Cục QLTHADS', 'CUC', 'Hà Nội', pg_temp.uid(1), '2025-03-01'),
    (pg_temp.uid(205), 'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính', 'Cục KTVB&QLXLVPHC', 'CUC', 'Hà Nội', pg_temp.uid(1), '2025-03-01');

UPDATE unit SET successor_id = pg_temp.uid(201) WHERE id IN (pg_temp.uid(101), pg_temp.uid(110));
UPDATE unit SET successor_id = pg_temp.uid(202) WHERE id IN (pg_temp.uid(106), pg_temp.uid(104));
UPDATE unit SET successor_id = pg_temp.uid(203) WHERE id IN (pg_temp.uid(103), pg_temp.uid(107));
UPDATE unit SET successor_id = pg_temp.uid(204) WHERE id = pg_temp.uid(102);
UPDATE unit SET successor_id = pg_temp.uid(205) WHERE id IN (pg_temp.uid(105), pg_temp.uid(109));

-- Northern mountain provinces: a Department of Justice (Sở Tư pháp) and a provincial THADS body each,
-- plus commune-level justice staff under Lạng Sơn.
INSERT INTO unit (id, name, short_name, kind, province, parent_id, valid_from) VALUES
    (pg_temp.uid(301), 'Sở Tư pháp tỉnh Lạng Sơn', 'STP Lạng Sơn', 'SO_TU_PHAP', 'Lạng Sơn', NULL, '1992-01-01'),
    (pg_temp.uid(302), 'Sở Tư pháp tỉnh Cao Bằng', 'STP Cao Bằng', 'SO_TU_PHAP', 'Cao Bằng', NULL, '1992-01-01'),
    (pg_temp.uid(303), 'Sở Tư pháp tỉnh Lào Cai', 'STP Lào Cai', 'SO_TU_PHAP', 'Lào Cai', NULL, '1992-01-01'),
    (pg_temp.uid(304), 'Sở Tư pháp tỉnh Tuyên Quang', 'STP Tuyên Quang', 'SO_TU_PHAP', 'Tuyên Quang', NULL, '1992-01-01'),
    (pg_temp.uid(305), 'Sở Tư pháp tỉnh Điện Biên', 'STP Điện Biên', 'SO_TU_PHAP', 'Điện Biên', NULL, '2004-01-01'),
    (pg_temp.uid(311), 'Thi hành án dân sự tỉnh Lạng Sơn', 'THADS Lạng Sơn', 'THADS_TINH', 'Lạng Sơn', pg_temp.uid(204), '2025-07-01'),
    (pg_temp.uid(312), 'Thi hành án dân sự tỉnh Cao Bằng', 'THADS Cao Bằng', 'THADS_TINH', 'Cao Bằng', pg_temp.uid(204), '2025-07-01'),
    (pg_temp.uid(313), 'Thi hành án dân sự tỉnh Lào Cai', 'THADS Lào Cai', 'THADS_TINH', 'Lào Cai', pg_temp.uid(204), '2025-07-01'),
    (pg_temp.uid(314), 'Thi hành án dân sự tỉnh Tuyên Quang', 'THADS Tuyên Quang', 'THADS_TINH', 'Tuyên Quang', pg_temp.uid(204), '2025-07-01'),
    (pg_temp.uid(315), 'Thi hành án dân sự tỉnh Điện Biên', 'THADS Điện Biên', 'THADS_TINH', 'Điện Biên', pg_temp.uid(204), '2025-07-01'),
    (pg_temp.uid(321), 'Phòng Thi hành án dân sự khu vực 1 – Lạng Sơn', 'THADS KV1 Lạng Sơn', 'THADS_KHU_VUC', 'Lạng Sơn', pg_temp.uid(311), '2025-07-01'),
    (pg_temp.uid(331), 'Công chức tư pháp – hộ tịch xã Đồng Đăng', 'Xã Đồng Đăng', 'XA', 'Lạng Sơn', pg_temp.uid(301), '2025-07-01'),
    (pg_temp.uid(332), 'Công chức tư pháp – hộ tịch xã Hữu Lũng', 'Xã Hữu Lũng', 'XA', 'Lạng Sơn', pg_temp.uid(301), '2025-07-01');

-- Emulation periods (calendar years).
INSERT INTO emulation_period (id, label, start_date, end_date) VALUES
    (pg_temp.uid(9019), '2019', '2019-01-01', '2019-12-31'),
    (pg_temp.uid(9020), '2020', '2020-01-01', '2020-12-31'),
    (pg_temp.uid(9024), '2024', '2024-01-01', '2024-12-31'),
    (pg_temp.uid(9025), '2025', '2025-01-01', '2025-12-31'),
    (pg_temp.uid(9026), '2026', '2026-01-01', '2026-12-31');

-- Clusters: Cụm III in 2019 (11 members), in 2020 (head Cục ĐKGDBĐ, deputy Cục Con nuôi), in 2026 (6 members),
-- and the northern-mountain cluster of Departments of Justice and THADS bodies in 2026.
INSERT INTO cluster (id, period_id, name, kind) VALUES
    (pg_temp.uid(8019), pg_temp.uid(9019), 'Cụm thi đua số III – khối các đơn vị thuộc Bộ', 'CUM'),
    (pg_temp.uid(8020), pg_temp.uid(9020), 'Cụm thi đua số III – khối các đơn vị thuộc Bộ', 'CUM'),
    (pg_temp.uid(8026), pg_temp.uid(9026), 'Cụm thi đua số III – khối các đơn vị thuộc Bộ', 'CUM'),
    (pg_temp.uid(8126), pg_temp.uid(9026), 'Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh miền núi biên giới phía Bắc', 'CUM');

INSERT INTO cluster_member (cluster_id, unit_id, role)
SELECT c.cluster, pg_temp.uid(n),
       CASE WHEN c.cluster = pg_temp.uid(8020) AND n = 106 THEN 'HEAD'
            WHEN c.cluster = pg_temp.uid(8020) AND n = 107 THEN 'DEPUTY'
            ELSE 'MEMBER' END
FROM (VALUES (pg_temp.uid(8019)), (pg_temp.uid(8020))) AS c(cluster)
CROSS JOIN generate_series(101, 111) AS n;

INSERT INTO cluster_member (cluster_id, unit_id, role) VALUES
    (pg_temp.uid(8026), pg_temp.uid(202), 'HEAD'),
    (pg_temp.uid(8026), pg_temp.uid(203), 'DEPUTY'),
    (pg_temp.uid(8026), pg_temp.uid(201), 'MEMBER'),
    (pg_temp.uid(8026), pg_temp.uid(108), 'MEMBER'),
    (pg_temp.uid(8026), pg_temp.uid(204), 'MEMBER'),
    (pg_temp.uid(8026), pg_temp.uid(14),  'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(301), 'HEAD'),
    (pg_temp.uid(8126), pg_temp.uid(311), 'DEPUTY'),
    (pg_temp.uid(8126), pg_temp.uid(302), 'DEPUTY'),
    (pg_temp.uid(8126), pg_temp.uid(303), 'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(304), 'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(305), 'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(312), 'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(313), 'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(314), 'MEMBER'),
    (pg_temp.uid(8126), pg_temp.uid(315), 'MEMBER');

-- People: six invented staff per current unit (a leader first), with ratings 2021–2025 drawn
-- deterministically from their id so that some have several HTXSNV years in a row.
CREATE TEMP TABLE demo_family (n integer PRIMARY KEY, name text);
INSERT INTO demo_family VALUES (0, 'Nguyễn'), (1, 'Trần'), (2, 'Lê'), (3, 'Phạm'), (4, 'Hoàng'), (5, 'Vũ'), (6, 'Đặng'),
    (7, 'Bùi'), (8, 'Đỗ'), (9, 'Ngô'), (10, 'Dương'), (11, 'Lý'), (12, 'Hồ'), (13, 'Đinh'), (14, 'Trịnh'), (15, 'Phan');
CREATE TEMP TABLE demo_given (gender text, n integer, middle text, given text, PRIMARY KEY (gender, n));
INSERT INTO demo_given VALUES
    ('M', 0, 'Văn', 'An'), ('M', 1, 'Đức', 'Bình'), ('M', 2, 'Minh', 'Cường'), ('M', 3, 'Quốc', 'Dũng'), ('M', 4, 'Hữu', 'Đạt'),
    ('M', 5, 'Văn', 'Hùng'), ('M', 6, 'Thanh', 'Long'), ('M', 7, 'Đức', 'Nam'), ('M', 8, 'Minh', 'Phong'), ('M', 9, 'Hoàng', 'Sơn'),
    ('M', 10, 'Quang', 'Thắng'), ('M', 11, 'Văn', 'Việt'), ('M', 12, 'Tiến', 'Tùng'),
    ('F', 0, 'Thị', 'Hoa'), ('F', 1, 'Thu', 'Hà'), ('F', 2, 'Ngọc', 'Lan'), ('F', 3, 'Thanh', 'Mai'), ('F', 4, 'Thị', 'Ngọc'),
    ('F', 5, 'Minh', 'Phương'), ('F', 6, 'Thị', 'Quỳnh'), ('F', 7, 'Thu', 'Thảo'), ('F', 8, 'Hồng', 'Uyên'), ('F', 9, 'Thị', 'Xuân'),
    ('F', 10, 'Ngọc', 'Anh'), ('F', 11, 'Kim', 'Dung'), ('F', 12, 'Thị', 'Hằng');

INSERT INTO person (id, full_name, birth_year, gender, unit_id, position, leader, employment_type)
SELECT md5('person-' || u.id || '-' || s.k)::uuid,
       f.name || ' ' || g.middle || ' ' || g.given,
       1965 + ((u.ord * 7 + s.k * 5) % 30),
       g.gender,
       u.id,
       CASE WHEN s.k = 1 THEN CASE u.kind WHEN 'VU' THEN 'Vụ trưởng' WHEN 'SO_TU_PHAP' THEN 'Giám đốc Sở'
                                          WHEN 'THADS_TINH' THEN 'Trưởng Thi hành án dân sự tỉnh'
                                          WHEN 'THADS_KHU_VUC' THEN 'Trưởng phòng'
                                          WHEN 'XA' THEN 'Công chức tư pháp – hộ tịch'
                                          WHEN 'VAN_PHONG' THEN 'Chánh Văn phòng' WHEN 'THANH_TRA' THEN 'Chánh Thanh tra'
                                          WHEN 'SU_NGHIEP' THEN 'Giám đốc' ELSE 'Cục trưởng' END
            WHEN s.k = 2 THEN CASE u.kind WHEN 'SO_TU_PHAP' THEN 'Phó Giám đốc Sở' WHEN 'VU' THEN 'Phó Vụ trưởng'
                                          WHEN 'XA' THEN 'Công chức tư pháp – hộ tịch' ELSE 'Phó trưởng đơn vị' END
            WHEN s.k = 3 THEN 'Trưởng phòng'
            WHEN s.k = 4 THEN 'Chuyên viên chính'
            ELSE 'Chuyên viên' END,
       s.k <= 3 AND u.kind <> 'XA',
       CASE WHEN s.k = 6 THEN 'PUBLIC_EMPLOYEE' ELSE 'CIVIL_SERVANT' END
FROM (SELECT id, kind, row_number() OVER (ORDER BY id) AS ord FROM unit WHERE valid_to IS NULL AND kind <> 'BO') u
CROSS JOIN generate_series(1, 6) AS s(k)
JOIN demo_family f ON f.n = (u.ord * 5 + s.k * 3) % 16
JOIN demo_given g ON g.gender = CASE WHEN (u.ord + s.k) % 2 = 0 THEN 'M' ELSE 'F' END
                 AND g.n = (u.ord * 7 + s.k * 11) % 13;

INSERT INTO person_assignment (id, person_id, unit_id, position, valid_from)
SELECT md5('assignment-' || p.id)::uuid, p.id, p.unit_id, p.position,
       GREATEST(u.valid_from, DATE '2015-01-01')
FROM person p JOIN unit u ON u.id = p.unit_id;

INSERT INTO annual_rating (id, person_id, year, rating)
SELECT md5('rating-' || p.id || '-' || y)::uuid, p.id, y,
       CASE WHEN ('x' || substr(md5(p.id::text || y), 1, 2))::bit(8)::int % 10 < 3 THEN 'HTXSNV'
            WHEN ('x' || substr(md5(p.id::text || y), 1, 2))::bit(8)::int % 10 < 9 THEN 'HTTNV'
            ELSE 'HTNV' END
FROM person p CROSS JOIN generate_series(2021, 2025) AS y;

-- Two people with a known history the later workflows rely on:
-- an officer of Cục PBGDPL & TGPL with HTXSNV every year, moved there from Cục Trợ giúp pháp lý in 2025,
-- and a Lạng Sơn commune justice officer (the "awards must reach the commune" case).
INSERT INTO person (id, full_name, birth_year, gender, unit_id, position, leader, employment_type) VALUES
    (pg_temp.uid(7001), 'Nguyễn Thị Hồng Nhung', 1986, 'F', pg_temp.uid(201), 'Chuyên viên chính', false, 'CIVIL_SERVANT'),
    (pg_temp.uid(7002), 'Hoàng Văn Páo', 1990, 'M', pg_temp.uid(331), 'Công chức tư pháp – hộ tịch', false, 'CIVIL_SERVANT');
INSERT INTO person_assignment (id, person_id, unit_id, position, valid_from, valid_to) VALUES
    (md5('assignment-7001-a')::uuid, pg_temp.uid(7001), pg_temp.uid(101), 'Chuyên viên', '2012-09-01', '2025-02-28'),
    (md5('assignment-7001-b')::uuid, pg_temp.uid(7001), pg_temp.uid(201), 'Chuyên viên chính', '2025-03-01', NULL),
    (md5('assignment-7002-a')::uuid, pg_temp.uid(7002), pg_temp.uid(331), 'Công chức tư pháp – hộ tịch', '2016-05-01', NULL);
INSERT INTO annual_rating (id, person_id, year, rating)
SELECT md5('rating-7001-' || y)::uuid, pg_temp.uid(7001), y, 'HTXSNV' FROM generate_series(2019, 2025) AS y;
INSERT INTO annual_rating (id, person_id, year, rating)
SELECT md5('rating-7002-' || y)::uuid, pg_temp.uid(7002), y, CASE WHEN y % 2 = 0 THEN 'HTXSNV' ELSE 'HTTNV' END
FROM generate_series(2019, 2025) AS y;
