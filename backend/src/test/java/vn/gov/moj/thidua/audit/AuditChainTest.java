package vn.gov.moj.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

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

/** The audit trail is append-only for the application and any alteration shows up in verify. */
@QuarkusTest
class AuditChainTest {

    @Test
    void shouldKeepTheChainIntactUnderConcurrentWriters() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
            for (int year = 2019; year <= 2025; year++) {
                for (var person : java.util.List.of(DemoIds.PERSON_PAO, DemoIds.PERSON_NHUNG)) {
                    String path = "/api/v1/people/" + person + "/ratings/" + year;
                    // each writer reads the person's ETag and retries when another writer got in first (412)
                    tasks.add(() -> {
                        int status = 0;
                        for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
                            String etag = Tokens.as("secretariat").get("/api/v1/people/" + person).header("ETag");
                            status = Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag)
                                    .body("{\"rating\":\"HTXSNV\"}").put(path).statusCode();
                            if (status != 200 && status != 412) {
                                break;
                            }
                        }
                        return status;
                    });
                }
            }
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Tokens.as("admin").get("/api/v1/audit-events/verify")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("eventsChecked", greaterThan(13))
                .body("headHash", notNullValue());
    }

    @Test
    void shouldRefuseUpdateAndDeleteEvenFromTheSchemaOwnerWhileTheTriggersAreOn() throws Exception {
        // The application's own role has no UPDATE/DELETE/TRUNCATE at all (AuditDatabaseRolesTest); the owner meets the triggers.
        recordSomething("HTXSNV");
        try (Connection app = EmbeddedPostgresResource.ownerConnection();
                Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET actor = 'nobody'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void shouldDetectARowAlteredBehindTheApplicationsBack() throws Exception {
        recordSomething("HTNV");
        long id;
        String actor;
        try (Connection su = EmbeddedPostgresResource.superuserConnection(); Statement s = su.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, actor FROM audit_event ORDER BY id DESC LIMIT 1 OFFSET 1")) {
                rs.next();
                id = rs.getLong(1);
                actor = rs.getString(2);
            }
            // A superuser can switch triggers off; the chain still gives the change away.
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE audit_event SET actor = 'someone-else' WHERE id = " + id);
            try {
                Tokens.as("viewer").get("/api/v1/audit-events/verify")
                        .then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBrokenEventId", equalTo((int) id));
            } finally {
                s.executeUpdate("UPDATE audit_event SET actor = '" + actor + "' WHERE id = " + id);
                s.execute("SET session_replication_role = origin");
            }
        }
        Tokens.as("viewer").get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));
    }

    @Test
    void shouldListEventsOfAnObjectForAuditorsOnly() {
        recordSomething("HTTNV");
        Tokens.as("viewer").queryParam("entityType", "Person").queryParam("entityId", DemoIds.PERSON_PAO)
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items[0].action", equalTo("rate"))
                .body("items[0].hash", notNullValue());
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/audit-events").then().statusCode(403);
        Tokens.as("secretariat").get("/api/v1/audit-events/verify").then().statusCode(403);
    }

    private static void recordSomething(String rating) {
        String etag = Tokens.as("secretariat").get("/api/v1/people/" + DemoIds.PERSON_PAO).header("ETag");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"rating\":\"" + rating + "\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_PAO + "/ratings/2022")
                .then().statusCode(200);
    }
}
