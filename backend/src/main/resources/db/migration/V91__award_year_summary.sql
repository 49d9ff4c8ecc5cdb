-- Issue 21: the ten-year awards report read the whole ledger (~1,000,000 rows, 1.2 s) on every request. This table
-- holds the report's grouped counts — ledger rows not revoked, by emulation year, award type, the awardee unit's kind,
-- person or unit, and the person's leader flag — exactly what SqlAwardReads.tally grouped from the raw ledger.
--
-- It is kept current by the database itself, in the writing transaction, whatever writes the ledger: decisions issued
-- (DecisionService), revocations (AwardLedger.revoke, decision revocation), the award-history import and past-year
-- entry, generate.sql in bench/. Statement-level triggers with transition tables add the delta of each statement
-- (one grouped upsert per statement, also for a 1,000,000-row INSERT … SELECT). The awardee's unit and leader flag
-- come from person and person_assignment (the person's unit on the decision date, else their current unit) and the
-- kind from unit, so changes there move counts too: persons (leader, unit) and assignments by delta, a unit's kind
-- (a rare administrative correction) by rebuilding the table. AwardSummaryTest proves it equal to the raw query.
CREATE TABLE award_year_summary (
    year          integer     NOT NULL,
    award_type_id uuid        NOT NULL REFERENCES award_type (id),
    unit_kind     varchar(40) NOT NULL,
    individual    boolean     NOT NULL,
    leader        boolean     NOT NULL,
    awards        bigint      NOT NULL,
    PRIMARY KEY (year, award_type_id, unit_kind, individual, leader)
);

-- The raw aggregate (the definition the summary must equal): rebuilds the table.
CREATE FUNCTION award_year_summary_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM award_year_summary;
    INSERT INTO award_year_summary (year, award_type_id, unit_kind, individual, leader, awards)
    SELECT a.year, a.award_type_id, u.kind, a.person_id IS NOT NULL, coalesce(p.leader, false), count(*)
    FROM award a
    LEFT JOIN person p ON p.id = a.person_id
    LEFT JOIN person_assignment pa ON pa.person_id = a.person_id AND pa.valid_from <= a.decision_date
         AND (pa.valid_to IS NULL OR pa.valid_to >= a.decision_date)
    JOIN unit u ON u.id = coalesce(a.unit_id, pa.unit_id, p.unit_id)
    WHERE a.revoked_at IS NULL
    GROUP BY 1, 2, 3, 4, 5;
$$;

-- Concurrency: two imports inserting ledger rows for the same groups in different orders deadlocked on the summary's
-- rows (40P01, found by the bench's concurrent import check). Every trigger below first takes the audit chain's
-- transaction lock (V3: every ledger write is audited, so these transactions queue on it at their commit anyway):
-- summary rows are only ever locked by the one transaction holding it, in whatever order — no deadlock.

-- Each function below is static SQL (its plan cached per connection): x = ledger rows with a sign (+1 counted, -1
-- uncounted), resolved against persons and assignments, grouped, upserted in key order.

-- Ledger rows written, revoked, changed or deleted.
CREATE FUNCTION award_summary_award_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    INSERT INTO award_year_summary AS s (year, award_type_id, unit_kind, individual, leader, awards)
    SELECT x.year, x.award_type_id, u.kind, x.person_id IS NOT NULL, coalesce(p.leader, false), count(*)
    FROM new_award x
    LEFT JOIN person p ON p.id = x.person_id
    LEFT JOIN person_assignment pa ON pa.person_id = x.person_id AND pa.valid_from <= x.decision_date
         AND (pa.valid_to IS NULL OR pa.valid_to >= x.decision_date)
    JOIN unit u ON u.id = coalesce(x.unit_id, pa.unit_id, p.unit_id)
    WHERE x.revoked_at IS NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (year, award_type_id, unit_kind, individual, leader) DO UPDATE SET awards = s.awards + excluded.awards;
    RETURN NULL;
END $$;

CREATE FUNCTION award_summary_award_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    INSERT INTO award_year_summary AS s (year, award_type_id, unit_kind, individual, leader, awards)
    SELECT x.year, x.award_type_id, u.kind, x.person_id IS NOT NULL, coalesce(p.leader, false), sum(x.sign)
    FROM (SELECT n.*, 1 AS sign FROM new_award n UNION ALL SELECT o.*, -1 AS sign FROM old_award o) x
    LEFT JOIN person p ON p.id = x.person_id
    LEFT JOIN person_assignment pa ON pa.person_id = x.person_id AND pa.valid_from <= x.decision_date
         AND (pa.valid_to IS NULL OR pa.valid_to >= x.decision_date)
    JOIN unit u ON u.id = coalesce(x.unit_id, pa.unit_id, p.unit_id)
    WHERE x.revoked_at IS NULL
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(x.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (year, award_type_id, unit_kind, individual, leader) DO UPDATE SET awards = s.awards + excluded.awards;
    RETURN NULL;
END $$;

CREATE FUNCTION award_summary_award_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    INSERT INTO award_year_summary AS s (year, award_type_id, unit_kind, individual, leader, awards)
    SELECT x.year, x.award_type_id, u.kind, x.person_id IS NOT NULL, coalesce(p.leader, false), -count(*)
    FROM old_award x
    LEFT JOIN person p ON p.id = x.person_id
    LEFT JOIN person_assignment pa ON pa.person_id = x.person_id AND pa.valid_from <= x.decision_date
         AND (pa.valid_to IS NULL OR pa.valid_to >= x.decision_date)
    JOIN unit u ON u.id = coalesce(x.unit_id, pa.unit_id, p.unit_id)
    WHERE x.revoked_at IS NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (year, award_type_id, unit_kind, individual, leader) DO UPDATE SET awards = s.awards + excluded.awards;
    RETURN NULL;
END $$;

CREATE TRIGGER award_summary_insert AFTER INSERT ON award REFERENCING NEW TABLE AS new_award
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_award_insert();
CREATE TRIGGER award_summary_update AFTER UPDATE ON award REFERENCING OLD TABLE AS old_award NEW TABLE AS new_award
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_award_update();
CREATE TRIGGER award_summary_delete AFTER DELETE ON award REFERENCING OLD TABLE AS old_award
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_award_delete();

-- A person's leader flag or current unit changed: their rows move from the old values to the new.
CREATE FUNCTION award_summary_person_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    INSERT INTO award_year_summary AS s (year, award_type_id, unit_kind, individual, leader, awards)
    SELECT x.year, x.award_type_id, u.kind, true, coalesce(p.leader, false), sum(p.sign)
    FROM (SELECT n.id, n.unit_id, n.leader, 1 AS sign FROM new_person n JOIN old_person o ON o.id = n.id
              WHERE n.leader IS DISTINCT FROM o.leader OR n.unit_id IS DISTINCT FROM o.unit_id
          UNION ALL
          SELECT o.id, o.unit_id, o.leader, -1 AS sign FROM old_person o JOIN new_person n ON n.id = o.id
              WHERE n.leader IS DISTINCT FROM o.leader OR n.unit_id IS DISTINCT FROM o.unit_id) p
    JOIN award x ON x.person_id = p.id
    LEFT JOIN person_assignment pa ON pa.person_id = x.person_id AND pa.valid_from <= x.decision_date
         AND (pa.valid_to IS NULL OR pa.valid_to >= x.decision_date)
    JOIN unit u ON u.id = coalesce(pa.unit_id, p.unit_id)
    WHERE x.revoked_at IS NULL
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(p.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (year, award_type_id, unit_kind, individual, leader) DO UPDATE SET awards = s.awards + excluded.awards;
    RETURN NULL;
END $$;

CREATE TRIGGER award_summary_person AFTER UPDATE ON person REFERENCING OLD TABLE AS old_person NEW TABLE AS new_person
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_person_update();

-- Assignments changed: the affected persons' rows are uncounted with the assignments before the statement (the
-- current ones the statement did not write, plus the old images) and counted with the current ones.
CREATE FUNCTION award_summary_assignment_move(written uuid[], old_person uuid[], old_unit uuid[], old_from date[], old_to date[],
    persons uuid[]) RETURNS void LANGUAGE sql AS $$
    WITH before AS (
        SELECT c.person_id, c.unit_id, c.valid_from, c.valid_to FROM person_assignment c
        WHERE c.person_id = ANY (persons) AND c.id <> ALL (written)
        UNION ALL
        SELECT b.person_id, b.unit_id, b.valid_from, b.valid_to
        FROM unnest(old_person, old_unit, old_from, old_to) AS b(person_id, unit_id, valid_from, valid_to)
    ), after AS (
        SELECT c.person_id, c.unit_id, c.valid_from, c.valid_to FROM person_assignment c WHERE c.person_id = ANY (persons)
    ), d AS (
        SELECT x.year, x.award_type_id, coalesce(b.unit_id, p.unit_id) AS unit_id, coalesce(p.leader, false) AS leader, -1 AS sign
        FROM award x JOIN person p ON p.id = x.person_id
        LEFT JOIN before b ON b.person_id = x.person_id AND b.valid_from <= x.decision_date
             AND (b.valid_to IS NULL OR b.valid_to >= x.decision_date)
        WHERE x.person_id = ANY (persons) AND x.revoked_at IS NULL
        UNION ALL
        SELECT x.year, x.award_type_id, coalesce(a.unit_id, p.unit_id), coalesce(p.leader, false), 1
        FROM award x JOIN person p ON p.id = x.person_id
        LEFT JOIN after a ON a.person_id = x.person_id AND a.valid_from <= x.decision_date
             AND (a.valid_to IS NULL OR a.valid_to >= x.decision_date)
        WHERE x.person_id = ANY (persons) AND x.revoked_at IS NULL
    )
    INSERT INTO award_year_summary AS s (year, award_type_id, unit_kind, individual, leader, awards)
    SELECT d.year, d.award_type_id, u.kind, true, d.leader, sum(d.sign)
    FROM d JOIN unit u ON u.id = d.unit_id
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (year, award_type_id, unit_kind, individual, leader) DO UPDATE SET awards = s.awards + excluded.awards;
$$;

CREATE FUNCTION award_summary_assignment_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    PERFORM award_summary_assignment_move(ARRAY(SELECT n.id FROM new_pa n), '{}', '{}', '{}', '{}',
            ARRAY(SELECT DISTINCT n.person_id FROM new_pa n));
    RETURN NULL;
END $$;

CREATE FUNCTION award_summary_assignment_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    PERFORM award_summary_assignment_move(ARRAY(SELECT n.id FROM new_pa n), ARRAY(SELECT o.person_id FROM old_pa o),
            ARRAY(SELECT o.unit_id FROM old_pa o), ARRAY(SELECT o.valid_from FROM old_pa o), ARRAY(SELECT o.valid_to FROM old_pa o),
            ARRAY(SELECT n.person_id FROM new_pa n UNION SELECT o.person_id FROM old_pa o));
    RETURN NULL;
END $$;

CREATE FUNCTION award_summary_assignment_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    PERFORM award_summary_assignment_move('{}', ARRAY(SELECT o.person_id FROM old_pa o), ARRAY(SELECT o.unit_id FROM old_pa o),
            ARRAY(SELECT o.valid_from FROM old_pa o), ARRAY(SELECT o.valid_to FROM old_pa o), ARRAY(SELECT DISTINCT o.person_id FROM old_pa o));
    RETURN NULL;
END $$;

CREATE TRIGGER award_summary_assignment_insert AFTER INSERT ON person_assignment REFERENCING NEW TABLE AS new_pa
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_assignment_insert();
CREATE TRIGGER award_summary_assignment_update AFTER UPDATE ON person_assignment
    REFERENCING OLD TABLE AS old_pa NEW TABLE AS new_pa FOR EACH STATEMENT EXECUTE FUNCTION award_summary_assignment_update();
CREATE TRIGGER award_summary_assignment_delete AFTER DELETE ON person_assignment REFERENCING OLD TABLE AS old_pa
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_assignment_delete();

-- A unit's kind changed (rare, an administrative correction): every count may move; rebuild.
CREATE FUNCTION award_summary_unit_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7460616921);  -- the audit chain's lock: summary writers in one order (see above)
    IF EXISTS (SELECT 1 FROM new_unit n JOIN old_unit o ON o.id = n.id WHERE n.kind IS DISTINCT FROM o.kind) THEN
        PERFORM award_year_summary_rebuild();
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER award_summary_unit AFTER UPDATE ON unit REFERENCING OLD TABLE AS old_unit NEW TABLE AS new_unit
    FOR EACH STATEMENT EXECUTE FUNCTION award_summary_unit_update();

-- Backfill.
SELECT award_year_summary_rebuild();
