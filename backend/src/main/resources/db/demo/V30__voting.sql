-- Demo voting: the 2019 scene of Cụm thi đua số III (paper ballots, 11 members: 3 units elected for
-- "Cờ thi đua ngành Tư pháp", then 1 of them for "Cờ thi đua của Chính phủ"), and a draft 2026 election
-- of Cụm III that the demo cluster lead (Cục ĐKGDBĐ&BTNN, head unit) can open.
-- Which three units the 2019 conference elected is not public: the choice and the counts are a demo assumption.

CREATE OR REPLACE FUNCTION pg_temp.uid(n integer) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;

-- Candidates/electorate as the session stores them, in the order of the given unit numbers.
CREATE FUNCTION pg_temp.voters(ns integer[]) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_agg(jsonb_build_object('key', u.id::text, 'label', u.name) ORDER BY x.ord)
    FROM unnest(ns) WITH ORDINALITY AS x(n, ord) JOIN unit u ON u.id = pg_temp.uid(x.n) $$;
CREATE FUNCTION pg_temp.candidates(ns integer[]) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_agg(jsonb_build_object('kind', 'UNIT', 'ref', u.id::text, 'label', u.name) ORDER BY x.ord)
    FROM unnest(ns) WITH ORDINALITY AS x(n, ord) JOIN unit u ON u.id = pg_temp.uid(x.n) $$;
CREATE FUNCTION pg_temp.keys(ns integer[]) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_agg(pg_temp.uid(n)::text ORDER BY ord) FROM unnest(ns) WITH ORDINALITY AS x(n, ord) $$;
-- One tally row: yes votes out of 11 valid ballots, nobody abstained.
CREATE FUNCTION pg_temp.result_row(n integer, yes integer, rank integer, passed boolean, elected boolean) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('kind', 'UNIT', 'ref', u.id::text, 'label', u.name, 'yes', yes, 'no', 11 - yes, 'abstain', 0,
        'rank', rank, 'passed', passed, 'elected', elected, 'tiedForLastSeat', false)
    FROM unit u WHERE u.id = pg_temp.uid(n) $$;

INSERT INTO voting_session (id, purpose, title, cluster_id, period_id, award_type_id, session_date, place, round, mode, status,
        quorum, threshold, base, seats, max_choices, self_vote_allowed, abstain_allowed, secret, candidates, electorate, present,
        paper, result, opened_at, closed_at, tallied_at, published_at, created_by)
VALUES
    (pg_temp.uid(120001), 'CLUSTER_ELECTION', 'Bỏ phiếu suy tôn đơn vị đề nghị tặng Cờ thi đua ngành Tư pháp năm 2019',
     pg_temp.uid(8019), pg_temp.uid(9019), pg_temp.uid(100007), '2019-12-20', 'Hà Nội', 1, 'PAPER', 'PUBLISHED',
     '2/3', '2/3', 'ALL_MEMBERS', 3, 3, false, true, true,
     pg_temp.candidates(ARRAY[101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111]),
     pg_temp.voters(ARRAY[101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111]),
     pg_temp.keys(ARRAY[101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111]),
     '{"ballotsIssued":11,"ballotsReceived":11,"validBallots":11,"invalidBallots":0,"enteredBy":"secretariat","enteredByName":"Vụ Tổ chức cán bộ","enteredAt":"2019-12-20T04:00:00Z"}',
     jsonb_build_object('electorate', 11, 'present', 11, 'ballotsCounted', 11, 'invalidBallots', 0, 'baseCount', 11, 'paper', true,
        'tieForLastSeat', false, 'seats', 3, 'candidates', jsonb_build_array(
            pg_temp.result_row(101, 10, 1, true, true), pg_temp.result_row(106, 9, 2, true, true), pg_temp.result_row(107, 8, 3, true, true),
            pg_temp.result_row(104, 4, 4, false, false), pg_temp.result_row(103, 2, 5, false, false),
            pg_temp.result_row(102, 0, 6, false, false), pg_temp.result_row(105, 0, 6, false, false), pg_temp.result_row(108, 0, 6, false, false),
            pg_temp.result_row(109, 0, 6, false, false), pg_temp.result_row(110, 0, 6, false, false), pg_temp.result_row(111, 0, 6, false, false))),
     '2019-12-20 02:00:00+00', '2019-12-20 03:00:00+00', '2019-12-20 04:00:00+00', '2019-12-20 04:30:00+00', 'secretariat'),
    (pg_temp.uid(120002), 'CLUSTER_ELECTION', 'Bỏ phiếu suy tôn đơn vị đề nghị tặng Cờ thi đua của Chính phủ năm 2019',
     pg_temp.uid(8019), pg_temp.uid(9019), pg_temp.uid(100008), '2019-12-20', 'Hà Nội', 1, 'PAPER', 'PUBLISHED',
     '2/3', '2/3', 'ALL_MEMBERS', 1, 1, false, true, true,
     pg_temp.candidates(ARRAY[101, 106, 107]),
     pg_temp.voters(ARRAY[101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111]),
     pg_temp.keys(ARRAY[101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111]),
     '{"ballotsIssued":11,"ballotsReceived":11,"validBallots":11,"invalidBallots":0,"enteredBy":"secretariat","enteredByName":"Vụ Tổ chức cán bộ","enteredAt":"2019-12-20T05:00:00Z"}',
     jsonb_build_object('electorate', 11, 'present', 11, 'ballotsCounted', 11, 'invalidBallots', 0, 'baseCount', 11, 'paper', true,
        'tieForLastSeat', false, 'seats', 1, 'candidates', jsonb_build_array(
            pg_temp.result_row(101, 9, 1, true, true), pg_temp.result_row(106, 1, 2, false, false), pg_temp.result_row(107, 1, 2, false, false))),
     '2019-12-20 04:40:00+00', '2019-12-20 04:50:00+00', '2019-12-20 05:00:00+00', '2019-12-20 05:10:00+00', 'secretariat'),
    (pg_temp.uid(120003), 'CLUSTER_ELECTION', 'Bỏ phiếu suy tôn đơn vị đề nghị tặng Cờ thi đua ngành Tư pháp năm 2026',
     pg_temp.uid(8026), pg_temp.uid(9026), pg_temp.uid(100007), '2026-12-15', 'Hà Nội', 1, 'ELECTRONIC', 'DRAFT',
     '2/3', '2/3', 'ALL_MEMBERS', 1, 1, false, true, true,
     pg_temp.candidates(ARRAY[202, 204, 108, 203, 201, 14]),
     pg_temp.voters(ARRAY[202, 203, 201, 108, 204, 14]),
     '[]', NULL, NULL, NULL, NULL, NULL, NULL, 'cluster-lead');
