-- Demo awards ledger, initiatives and a draft dossier (ids 00000000-0000-4000-8000-00000040xxxx).
-- Person 7001 (Nguyễn Thị Hồng Nhung, HTXSNV 2019–2025) holds LĐTT and CSTĐCS 2023, 2024 and 2025, so she may be
-- proposed for Chiến sĩ thi đua ngành in 2025; person 7002 holds CSTĐCS only in 2024 and 2025.
-- Cục Trợ giúp pháp lý (101, merged into 201 in 2025) carries history that Cục PBGDPL & TGPL inherits.

CREATE FUNCTION pg_temp.nid(n integer) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;

INSERT INTO award (id, award_type_id, person_id, unit_id, year, decision_number, decision_date, decided_by, source, created_by) VALUES
    (pg_temp.nid(410001), pg_temp.nid(100001), pg_temp.nid(7001), NULL, 2023, '15/QĐ-TGPL', '2024-01-10', 'Cục trưởng Cục Trợ giúp pháp lý', 'IMPORTED', 'demo'),
    (pg_temp.nid(410002), pg_temp.nid(100002), pg_temp.nid(7001), NULL, 2023, '16/QĐ-TGPL', '2024-01-12', 'Cục trưởng Cục Trợ giúp pháp lý', 'IMPORTED', 'demo'),
    (pg_temp.nid(410003), pg_temp.nid(100001), pg_temp.nid(7001), NULL, 2024, '12/QĐ-TGPL', '2025-01-09', 'Cục trưởng Cục Trợ giúp pháp lý', 'IMPORTED', 'demo'),
    (pg_temp.nid(410004), pg_temp.nid(100002), pg_temp.nid(7001), NULL, 2024, '13/QĐ-TGPL', '2025-01-10', 'Cục trưởng Cục Trợ giúp pháp lý', 'IMPORTED', 'demo'),
    (pg_temp.nid(410005), pg_temp.nid(100001), pg_temp.nid(7001), NULL, 2025, '08/QĐ-PBGDPL&TGPL', '2026-01-08', 'Cục trưởng Cục PBGDPL&TGPL', 'IMPORTED', 'demo'),
    (pg_temp.nid(410006), pg_temp.nid(100002), pg_temp.nid(7001), NULL, 2025, '09/QĐ-PBGDPL&TGPL', '2026-01-09', 'Cục trưởng Cục PBGDPL&TGPL', 'IMPORTED', 'demo'),
    (pg_temp.nid(410007), pg_temp.nid(100002), pg_temp.nid(7002), NULL, 2024, '21/QĐ-STP', '2025-01-15', 'Giám đốc Sở Tư pháp tỉnh Lạng Sơn', 'IMPORTED', 'demo'),
    (pg_temp.nid(410008), pg_temp.nid(100002), pg_temp.nid(7002), NULL, 2025, '19/QĐ-STP', '2026-01-14', 'Giám đốc Sở Tư pháp tỉnh Lạng Sơn', 'IMPORTED', 'demo'),
    -- Unit history: Cục Trợ giúp pháp lý before the 2025 merger.
    (pg_temp.nid(410011), pg_temp.nid(100006), NULL, pg_temp.nid(101), 2022, '112/QĐ-BTP', '2023-01-20', 'Bộ trưởng Bộ Tư pháp', 'IMPORTED', 'demo'),
    (pg_temp.nid(410012), pg_temp.nid(100006), NULL, pg_temp.nid(101), 2023, '98/QĐ-BTP', '2024-01-18', 'Bộ trưởng Bộ Tư pháp', 'IMPORTED', 'demo'),
    (pg_temp.nid(410013), pg_temp.nid(100007), NULL, pg_temp.nid(101), 2024, '105/QĐ-BTP', '2025-01-21', 'Bộ trưởng Bộ Tư pháp', 'IMPORTED', 'demo'),
    (pg_temp.nid(410014), pg_temp.nid(100005), NULL, pg_temp.nid(201), 2025, '101/QĐ-BTP', '2026-01-20', 'Bộ trưởng Bộ Tư pháp', 'IMPORTED', 'demo');

-- LĐTT 2025 for every member of Cục Hành chính tư pháp rated HTTNV or better, CSTĐCS for its leader:
-- the member records the TTLĐTT / TTLĐXS rules count.
INSERT INTO award (id, award_type_id, person_id, year, decision_number, decision_date, decided_by, source, created_by)
SELECT md5('award-ldtt-2025-' || p.id)::uuid, pg_temp.nid(100001), p.id, 2025, '05/QĐ-HCTP', '2026-01-06',
       'Cục trưởng Cục Hành chính tư pháp', 'IMPORTED', 'demo'
FROM person p JOIN annual_rating r ON r.person_id = p.id AND r.year = 2025
WHERE p.unit_id = pg_temp.nid(203) AND r.rating IN ('HTXSNV', 'HTTNV');

-- Initiatives of person 7001: one recognised at ministry scope (for CSTĐ ngành), one at grassroots level.
INSERT INTO initiative (id, title, scope, recognition_number, recognition_date, recognition_body, created_by) VALUES
    (pg_temp.nid(400001), 'Số hoá quy trình tiếp nhận yêu cầu trợ giúp pháp lý trực tuyến', 'MINISTRY', '1520/QĐ-BTP', '2025-10-15',
        'Hội đồng sáng kiến Bộ Tư pháp', 'demo'),
    (pg_temp.nid(400002), 'Mẫu phiếu khảo sát chất lượng vụ việc trợ giúp pháp lý', 'GRASSROOTS', '45/QĐ-TGPL', '2023-11-20',
        'Hội đồng sáng kiến Cục Trợ giúp pháp lý', 'demo');
INSERT INTO initiative_owner (initiative_id, person_id) VALUES
    (pg_temp.nid(400001), pg_temp.nid(7001)),
    (pg_temp.nid(400002), pg_temp.nid(7001));

-- A pending complaint about a member of Cục Đăng ký quốc gia GDBĐ và BTNN (R-BLOCK demo) and a disciplined member
-- of Cục Hành chính tư pháp in 2024 (does not touch 2025).
INSERT INTO pending_case (id, person_id, kind, description, opened_on)
SELECT pg_temp.nid(430001), p.id, 'COMPLAINT', 'Đơn khiếu nại đang được giải quyết', '2025-11-03'
FROM person p WHERE p.unit_id = pg_temp.nid(202) ORDER BY p.id LIMIT 1;

-- A draft dossier of Cục PBGDPL & TGPL: person 7001 for Chiến sĩ thi đua ngành 2025.
INSERT INTO nomination (id, unit_id, person_id, award_type_id, period_id, achievements, status, created_by) VALUES
    (pg_temp.nid(420001), pg_temp.nid(201), pg_temp.nid(7001), pg_temp.nid(100003), pg_temp.nid(9025),
        'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến số hoá quy trình tiếp nhận được áp dụng toàn ngành.', 'DRAFT', 'unit-officer');
