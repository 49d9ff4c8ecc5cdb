-- Flyway callback: runs after every migrate, as the owner role that ran the migrations (quarkus.flyway.username).
-- The application connects as another role, ${app_role} (quarkus.datasource.username), which owns nothing: it gets
-- read/write on the tables it uses and, on the audit trail, only INSERT and SELECT. Not being the owner, it cannot
-- ALTER the table, disable its triggers, TRUNCATE, DROP, UPDATE or DELETE an event (docs/threat-model.md, issue 20).
-- Re-run on every start, so tables added by later migrations are granted too; idempotent.
DO $grants$
DECLARE
    app  text := '${app_role}';
    rel  record;
BEGIN
    IF app = current_user THEN
        RAISE WARNING 'The application connects as the schema owner (%): the audit trail is not protected from it; set DB_USER to a separate application role (docs/audit.md)', app;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'The application role % does not exist: create it (LOGIN, no other rights) before starting the backend (docs/audit.md)', app;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    FOR rel IN
        SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
          AND c.relname NOT IN ('flyway_schema_history', 'demo_data_history')
    LOOP
        IF rel.relkind = 'S' THEN
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO %I', rel.relname, app);
        ELSIF rel.relname = 'audit_event' THEN
            EXECUTE format('REVOKE ALL ON TABLE audit_event FROM %I', app);
            EXECUTE format('GRANT SELECT, INSERT ON TABLE audit_event TO %I', app);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO %I', rel.relname, app);
        END IF;
    END LOOP;
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %I', app);
END
$grants$;
