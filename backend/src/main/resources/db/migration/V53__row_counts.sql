-- Row counts of the largest listed tables, kept by statement-level triggers, so an unfiltered list answers its
-- "total" without counting every row (bench/: counting 150,000 people took longer than reading the page).
-- Exact and transactional: the count moves in the same transaction as the rows.
CREATE TABLE row_count (
    table_name varchar(63) PRIMARY KEY,
    n          bigint      NOT NULL CHECK (n >= 0)
);

CREATE FUNCTION row_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE row_count SET n = n + (SELECT count(*) FROM inserted_rows) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END $$;

CREATE FUNCTION row_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE row_count SET n = n - (SELECT count(*) FROM deleted_rows) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END $$;

CREATE FUNCTION row_count_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is counted in row_count: delete its rows instead of truncating', TG_TABLE_NAME;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['unit', 'person', 'nomination'] LOOP
        EXECUTE format('LOCK TABLE %I IN SHARE MODE', t);
        EXECUTE format('INSERT INTO row_count (table_name, n) SELECT %L, count(*) FROM %I', t, t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS inserted_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION row_count_inserted()', t || '_count_inserted', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS deleted_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION row_count_deleted()', t || '_count_deleted', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION row_count_refuse_truncate()', t || '_count_no_truncate', t);
    END LOOP;
END $$;
