-- Cụm thi đua số III as the 2019 report tells it (shared/seeds/001, PLVN 18/12/2019), replacing V30's assumption:
-- the conference proposed "Cờ thi đua ngành Tư pháp" for Cục Trợ giúp pháp lý (101), Cục Quản lý XLVPHC & TDTHPL (109)
-- and Vụ PBGDPL (110), and "Cờ thi đua của Chính phủ" for Cục Quản lý XLVPHC & TDTHPL. The vote counts stay a demo
-- assumption (the report gives none). The 2019 report was given by the deputy head, Cục ĐKGDBĐ (106); the 2019 head
-- is not public. So three flags were proposed by one cluster: its flag quota for 2019 is three (issue 19); the 2026
-- Cụm III gets the same quota as a demo assumption.

CREATE OR REPLACE FUNCTION pg_temp.uid(n integer) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;
CREATE OR REPLACE FUNCTION pg_temp.row19(n integer, yes integer, rank integer, elected boolean) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('kind', 'UNIT', 'ref', u.id::text, 'label', u.name, 'yes', yes, 'no', 11 - yes, 'abstain', 0,
        'rank', rank, 'passed', elected, 'elected', elected, 'tiedForLastSeat', false)
    FROM unit u WHERE u.id = pg_temp.uid(n) $$;

UPDATE cluster_member SET role = 'DEPUTY' WHERE cluster_id = pg_temp.uid(8019) AND unit_id = pg_temp.uid(106);

UPDATE voting_session SET result = jsonb_set(result, '{candidates}', jsonb_build_array(
        pg_temp.row19(101, 10, 1, true), pg_temp.row19(109, 9, 2, true), pg_temp.row19(110, 8, 3, true),
        pg_temp.row19(106, 4, 4, false), pg_temp.row19(103, 2, 5, false),
        pg_temp.row19(102, 0, 6, false), pg_temp.row19(104, 0, 6, false), pg_temp.row19(105, 0, 6, false),
        pg_temp.row19(107, 0, 6, false), pg_temp.row19(108, 0, 6, false), pg_temp.row19(111, 0, 6, false)))
WHERE id = pg_temp.uid(120001);

UPDATE voting_session SET
    candidates = (SELECT jsonb_agg(jsonb_build_object('kind', 'UNIT', 'ref', u.id::text, 'label', u.name) ORDER BY x.ord)
                  FROM unnest(ARRAY[109, 101, 110]) WITH ORDINALITY AS x(n, ord) JOIN unit u ON u.id = pg_temp.uid(x.n)),
    result = jsonb_set(result, '{candidates}', jsonb_build_array(
        pg_temp.row19(109, 9, 1, true), pg_temp.row19(101, 1, 2, false), pg_temp.row19(110, 1, 2, false)))
WHERE id = pg_temp.uid(120002);

INSERT INTO rule_parameter_override (id, cluster_id, rule_id, key, value, note, updated_by) VALUES
    (pg_temp.uid(140019), pg_temp.uid(8019), 'R-CO-NGANH', 'flagsPerCluster', '3',
     'Hội nghị tổng kết Cụm III ngày 18/12/2019 đề nghị 3 Cờ thi đua ngành Tư pháp (báo PLVN)', 'demo'),
    (pg_temp.uid(140026), pg_temp.uid(8026), 'R-CO-NGANH', 'flagsPerCluster', '3',
     'Giả định của dữ liệu mẫu: như Cụm III năm 2019', 'demo');
