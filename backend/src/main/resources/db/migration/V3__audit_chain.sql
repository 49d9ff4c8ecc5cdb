-- Tamper-evident audit trail: append-only (the database refuses UPDATE, DELETE, TRUNCATE) and hash-chained
-- (each event carries the hash of the previous one, so an altered or removed row breaks the chain).

ALTER TABLE audit_event ADD COLUMN prev_hash varchar(64);
ALTER TABLE audit_event ADD COLUMN hash varchar(64);

-- The one definition of an event's digest, used when writing and when verifying.
CREATE FUNCTION audit_event_digest(prev text, e audit_event) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
        coalesce(prev, ''), e.id::text, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor, coalesce(e.actor_unit::text, ''), e.entity_type, e.entity_id::text, e.action,
        coalesce(e.from_state, ''), coalesce(e.to_state, ''), coalesce(e.reason, ''), coalesce(e.detail::text, '')),
        'UTF8')), 'hex')
    $$;

-- Writers queue on one lock until they commit, and the id is drawn under that lock: ids follow commit order,
-- so "the previous event" is always the committed row with the next lower id.
CREATE FUNCTION audit_event_chain() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(7460616921);
        NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
        NEW.occurred_at := date_trunc('microseconds', coalesce(NEW.occurred_at, now()));
        NEW.prev_hash := (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1);
        NEW.hash := audit_event_digest(NEW.prev_hash, NEW);
        RETURN NEW;
    END
    $$;

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$;


DO $$
DECLARE
    r audit_event;
    previous text := NULL;
BEGIN
    FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
        r.occurred_at := date_trunc('microseconds', r.occurred_at);
        UPDATE audit_event SET occurred_at = r.occurred_at, prev_hash = previous, hash = audit_event_digest(previous, r)
            WHERE id = r.id;
        previous := audit_event_digest(previous, r);
    END LOOP;
END
$$;

ALTER TABLE audit_event ALTER COLUMN hash SET NOT NULL;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
