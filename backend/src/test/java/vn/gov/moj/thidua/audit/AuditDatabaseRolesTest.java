package vn.gov.moj.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Plays the attacker who holds the application's database credentials (issue 20): connected as the application's
 * role, it cannot switch the audit trail's triggers off, rewrite, remove or drop events. The schema owner can
 * switch them off, which proves these checks would fail if the application ran as the owner.
 */
@QuarkusTest
class AuditDatabaseRolesTest {

    @Test
    void shouldRunTheApplicationAsItsOwnRoleNotTheOwner() throws Exception {
        recordSomething();
        try (Connection app = EmbeddedPostgresResource.appConnection(); Statement s = app.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, pg_get_userbyid(c.relowner),
                               has_table_privilege('thidua_app', 'audit_event', 'INSERT'),
                               has_table_privilege('thidua_app', 'audit_event', 'SELECT'),
                               (SELECT count(*) FROM pg_stat_activity WHERE usename = 'thidua_app' AND datname = 'thidua')
                        FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.relname = 'audit_event'""")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("superuser").isFalse();
            assertThat(rs.getBoolean(2)).as("create role").isFalse();
            assertThat(rs.getBoolean(3)).as("create database").isFalse();
            assertThat(rs.getString(4)).as("owner of audit_event").isEqualTo(EmbeddedPostgresResource.OWNER);
            assertThat(rs.getBoolean(5)).isTrue();
            assertThat(rs.getBoolean(6)).isTrue();
            // the backend's pool (besides this connection) is connected as the application role
            assertThat(rs.getLong(7)).isGreaterThan(1);
        }
    }

    @Test
    void shouldRefuseTheApplicationRoleEveryWayOfRewritingTheTrail() throws Exception {
        recordSomething();
        try (Connection app = EmbeddedPostgresResource.appConnection(); Statement s = app.createStatement()) {
            assertRefused(s, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update", "must be owner");
            assertRefused(s, "ALTER TABLE audit_event DISABLE TRIGGER ALL", "must be owner");
            assertRefused(s, "UPDATE audit_event SET actor = 'nobody' WHERE id = (SELECT max(id) FROM audit_event)",
                    "permission denied");
            assertRefused(s, "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)", "permission denied");
            assertRefused(s, "TRUNCATE audit_event", "permission denied");
            assertRefused(s, "DROP TABLE audit_event", "must be owner");
            assertRefused(s, "ALTER TABLE audit_event RENAME TO audit_event_old", "must be owner");
            assertRefused(s, "DROP TRIGGER audit_event_no_update ON audit_event", "must be owner");
            assertRefused(s, "CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql "
                    + "AS $$ BEGIN RETURN NEW; END $$", "permission denied for schema public");
            assertRefused(s, "SET session_replication_role = replica", "permission denied");
            assertRefused(s, "SELECT setval(pg_get_serial_sequence('audit_event', 'id'), 1)", "permission denied");
            // what the application needs still works for it
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_event")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
    }

    @Test
    void shouldLetTheOwnerSwitchTheTriggerOffWhichIsWhyTheApplicationIsNotTheOwner() throws Exception {
        try (Connection owner = EmbeddedPostgresResource.ownerConnection(); Statement s = owner.createStatement()) {
            owner.setAutoCommit(false);
            try {
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
                assertThat(s.executeUpdate("UPDATE audit_event SET reason = reason WHERE id = (SELECT max(id) FROM audit_event)"))
                        .isEqualTo(1);
            } finally {
                owner.rollback();
            }
            // with the trigger on, even the owner's plain UPDATE is refused
            owner.setAutoCommit(true);
            assertRefused(s, "UPDATE audit_event SET actor = 'nobody'", "append-only");
        }
    }

    private static void assertRefused(Statement s, String sql, String message) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(message);
    }

    private static void recordSomething() {
        String etag = Tokens.as("secretariat").get("/api/v1/people/" + DemoIds.PERSON_PAO).header("ETag");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"rating\":\"HTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_PAO + "/ratings/2021")
                .then().statusCode(200);
    }
}
