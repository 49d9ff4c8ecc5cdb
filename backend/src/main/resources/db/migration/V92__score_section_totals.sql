-- Issue 21: the cluster ranking summed every score entry of the cluster's sheets on each request (60 sheets × 120
-- criteria = 7,200 rows), the largest share of its cost when 16 requests share 2 cores. These are the sums per sheet
-- and section the ranking needs — points counted (verified where verified, else self), self points, deduction points —
-- kept current by statement-level triggers on score_entry in the writing transaction (one grouped upsert per
-- statement), backfilled here. The ranking reads 60 × sections rows. ScoreSectionTotalsTest compares them with the
-- entries. A NULL point counts 0 (the ranking's coalesce(sum(...), 0) did the same).
CREATE TABLE score_section_total (
    sheet_id     uuid          NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    section_code varchar(50)   NOT NULL,
    points       numeric(14, 2) NOT NULL,
    self_points  numeric(14, 2) NOT NULL,
    deductions   numeric(14, 2) NOT NULL,
    PRIMARY KEY (sheet_id, section_code)
);

CREATE FUNCTION score_section_totals_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM score_section_total;
    INSERT INTO score_section_total (sheet_id, section_code, points, self_points, deductions)
    SELECT e.sheet_id, e.section_code, coalesce(sum(coalesce(e.verified_points, e.self_points)), 0), coalesce(sum(e.self_points), 0),
           coalesce(sum(coalesce(e.verified_points, e.self_points)) FILTER (WHERE e.method = 'DEDUCTION'), 0)
    FROM score_entry e GROUP BY e.sheet_id, e.section_code;
$$;

-- x = entries with a sign (+1 written, -1 removed); sheets deleted in the same statement (cascade) are skipped.
CREATE FUNCTION score_section_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO score_section_total AS t (sheet_id, section_code, points, self_points, deductions)
        SELECT x.sheet_id, x.section_code, coalesce(sum(coalesce(x.verified_points, x.self_points)), 0), coalesce(sum(x.self_points), 0),
               coalesce(sum(coalesce(x.verified_points, x.self_points)) FILTER (WHERE x.method = 'DEDUCTION'), 0)
        FROM new_entry x GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (sheet_id, section_code) DO UPDATE SET points = t.points + excluded.points,
            self_points = t.self_points + excluded.self_points, deductions = t.deductions + excluded.deductions;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO score_section_total AS t (sheet_id, section_code, points, self_points, deductions)
        SELECT x.sheet_id, x.section_code, coalesce(sum(x.sign * coalesce(x.verified_points, x.self_points)), 0),
               coalesce(sum(x.sign * x.self_points), 0),
               coalesce(sum(x.sign * coalesce(x.verified_points, x.self_points)) FILTER (WHERE x.method = 'DEDUCTION'), 0)
        FROM (SELECT n.sheet_id, n.section_code, n.method, n.self_points, n.verified_points, 1 AS sign FROM new_entry n
              UNION ALL
              SELECT o.sheet_id, o.section_code, o.method, o.self_points, o.verified_points, -1 AS sign FROM old_entry o) x
        WHERE EXISTS (SELECT 1 FROM score_sheet s WHERE s.id = x.sheet_id)
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (sheet_id, section_code) DO UPDATE SET points = t.points + excluded.points,
            self_points = t.self_points + excluded.self_points, deductions = t.deductions + excluded.deductions;
    ELSE
        INSERT INTO score_section_total AS t (sheet_id, section_code, points, self_points, deductions)
        SELECT x.sheet_id, x.section_code, -coalesce(sum(coalesce(x.verified_points, x.self_points)), 0), -coalesce(sum(x.self_points), 0),
               -coalesce(sum(coalesce(x.verified_points, x.self_points)) FILTER (WHERE x.method = 'DEDUCTION'), 0)
        FROM old_entry x
        WHERE EXISTS (SELECT 1 FROM score_sheet s WHERE s.id = x.sheet_id)
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (sheet_id, section_code) DO UPDATE SET points = t.points + excluded.points,
            self_points = t.self_points + excluded.self_points, deductions = t.deductions + excluded.deductions;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER score_section_totals_insert AFTER INSERT ON score_entry REFERENCING NEW TABLE AS new_entry
    FOR EACH STATEMENT EXECUTE FUNCTION score_section_totals_apply();
CREATE TRIGGER score_section_totals_update AFTER UPDATE ON score_entry REFERENCING OLD TABLE AS old_entry NEW TABLE AS new_entry
    FOR EACH STATEMENT EXECUTE FUNCTION score_section_totals_apply();
CREATE TRIGGER score_section_totals_delete AFTER DELETE ON score_entry REFERENCING OLD TABLE AS old_entry
    FOR EACH STATEMENT EXECUTE FUNCTION score_section_totals_apply();

SELECT score_section_totals_rebuild();

-- The statistics forms read one year of the ledger at the levels they count (0602: State and Government, 0603:
-- Ministry): by year and award type, instead of every row of the year (award_year_idx, V64, which this replaces).
CREATE INDEX award_year_type_idx ON award (year, award_type_id) WHERE revoked_at IS NULL;
DROP INDEX IF EXISTS award_year_idx;
