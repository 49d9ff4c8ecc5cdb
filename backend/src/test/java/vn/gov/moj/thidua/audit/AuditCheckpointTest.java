package vn.gov.moj.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The attack of issue 20, by the database's owner: switch the trigger off, rewrite (or cut) the newest events and
 * recompute their hashes. The chain alone then says valid; the signed checkpoint kept outside gives it away.
 */
@QuarkusTest
class AuditCheckpointTest {

    @Test
    void shouldFindAnHonestTrailIntactAgainstItsCheckpoint() {
        recordSomething("HTNV");
        String checkpoint = Tokens.as("admin").get("/api/v1/audit-events/checkpoint")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"audit-checkpoint-"))
                .body("format", equalTo("thidua-audit-checkpoint/1"))
                .body("headHash", notNullValue())
                .body("signature", notNullValue())
                .extract().asString();
        recordSomething("HTTNV"); // the trail moves on after the checkpoint: still intact
        verifyWith(checkpoint, "vi")
                .body("valid", equalTo(true))
                .body("checkpointsIntact", equalTo(true))
                .body("checkpoints[0].status", equalTo("INTACT"))
                .body("checkpoints[0].description", containsString("Khớp"));
        // the read-only integration account may fetch checkpoints on a schedule; other roles may not
        Tokens.as("integration").get("/api/v1/audit-events/checkpoint").then().statusCode(200);
        Tokens.as("secretariat").get("/api/v1/audit-events/checkpoint").then().statusCode(403);
    }

    @Test
    void shouldReportATailRewrittenByTheOwnerWithRecomputedHashes() throws Exception {
        recordSomething("HTNV");
        recordSomething("HTXSNV");
        String checkpoint = checkpoint();
        try (Connection owner = EmbeddedPostgresResource.ownerConnection(); Statement s = owner.createStatement()) {
            long from = secondNewestId(s);
            s.execute("CREATE TEMP TABLE original AS SELECT id, actor, prev_hash, hash FROM audit_event WHERE id >= " + from);
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
            try {
                s.execute("""
                        DO $$ DECLARE r audit_event; prev text;
                        BEGIN
                            SELECT hash INTO prev FROM audit_event WHERE id < %d ORDER BY id DESC LIMIT 1;
                            FOR r IN SELECT * FROM audit_event WHERE id >= %d ORDER BY id LOOP
                                r.actor := 'attacker';
                                UPDATE audit_event SET actor = r.actor, prev_hash = prev, hash = audit_event_digest(prev, r)
                                    WHERE id = r.id;
                                prev := audit_event_digest(prev, r);
                            END LOOP;
                        END $$""".formatted(from, from));
                // the attack works on the chain alone ...
                Tokens.as("admin").get("/api/v1/audit-events/verify").then().statusCode(200).body("valid", equalTo(true));
                // ... but not against the checkpoint
                verifyWith(checkpoint, "vi")
                        .body("valid", equalTo(true))
                        .body("checkpointsIntact", equalTo(false))
                        .body("checkpoints[0].status", equalTo("REWRITTEN"))
                        .body("checkpoints[0].description", containsString("bị viết lại"));
                verifyWith(checkpoint, "en").body("checkpoints[0].description", containsString("was rewritten"));
            } finally {
                s.execute("""
                        UPDATE audit_event e SET actor = o.actor, prev_hash = o.prev_hash, hash = o.hash
                        FROM original o WHERE o.id = e.id""");
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update");
            }
        }
        verifyWith(checkpoint, "vi").body("checkpoints[0].status", equalTo("INTACT"));
    }

    @Test
    void shouldReportATruncatedTail() throws Exception {
        recordSomething("HTTNV");
        recordSomething("HTNV");
        String checkpoint = checkpoint();
        try (Connection owner = EmbeddedPostgresResource.ownerConnection(); Statement s = owner.createStatement()) {
            long from = secondNewestId(s);
            s.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_event WHERE id >= " + from);
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            try {
                assertThat(s.executeUpdate("DELETE FROM audit_event WHERE id >= " + from)).isEqualTo(2);
                Tokens.as("admin").get("/api/v1/audit-events/verify").then().statusCode(200).body("valid", equalTo(true));
                verifyWith(checkpoint, "vi")
                        .body("valid", equalTo(true))
                        .body("checkpointsIntact", equalTo(false))
                        .body("checkpoints[0].status", equalTo("TRUNCATED"))
                        .body("checkpoints[0].description", containsString("cắt bớt"));
            } finally {
                s.execute("INSERT INTO audit_event SELECT * FROM removed");
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_event WHERE id >= " + from)) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
        }
        verifyWith(checkpoint, "vi").body("checkpointsIntact", equalTo(true));
    }

    @Test
    void shouldRefuseAForgedCheckpointWith422() {
        recordSomething("HTXSNV");
        Map<String, Object> checkpoint = Tokens.as("admin").get("/api/v1/audit-events/checkpoint").then().statusCode(200)
                .extract().jsonPath().getMap("");
        // an attacker who rewrote the tail edits the file to match: the signature no longer does
        Map<String, Object> forged = new java.util.HashMap<>(checkpoint);
        forged.put("headHash", "0".repeat(64));
        Tokens.as("admin").contentType(ContentType.JSON).header("Accept-Language", "vi")
                .body(Map.of("checkpoints", java.util.List.of(checkpoint, forged)))
                .post("/api/v1/audit-events/verify")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("/problems/checkpoint-refused"))
                .body("detail", containsString("Điểm mốc thứ 2"));
        // a signature made with another key (valid Base64, right length) is refused too
        Map<String, Object> otherKey = new java.util.HashMap<>(checkpoint);
        otherKey.put("signature", java.util.Base64.getEncoder().encodeToString(new byte[64]));
        Tokens.as("admin").contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("checkpoints", java.util.List.of(otherKey)))
                .post("/api/v1/audit-events/verify")
                .then().statusCode(422)
                .body("detail", containsString("does not carry a valid signature"));
        // the untouched file passes
        Tokens.as("admin").contentType(ContentType.JSON).body(Map.of("checkpoints", java.util.List.of(checkpoint)))
                .post("/api/v1/audit-events/verify")
                .then().statusCode(200).body("checkpointsIntact", equalTo(true));
    }

    /** The id of the second newest event: the tail the attacks rewrite or cut is the two newest events. */
    private static long secondNewestId(Statement s) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT id FROM audit_event ORDER BY id DESC OFFSET 1 LIMIT 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String checkpoint() {
        return Tokens.as("viewer").get("/api/v1/audit-events/checkpoint").then().statusCode(200).extract().asString();
    }

    private static ValidatableResponse verifyWith(String checkpoint, String language) {
        return Tokens.as("viewer").contentType(ContentType.JSON).header("Accept-Language", language)
                .body("{\"checkpoints\":[" + checkpoint + "]}")
                .post("/api/v1/audit-events/verify")
                .then().statusCode(200);
    }

    private static void recordSomething(String rating) {
        String etag = Tokens.as("secretariat").get("/api/v1/people/" + DemoIds.PERSON_PAO).header("ETag");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"rating\":\"" + rating + "\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_PAO + "/ratings/2020")
                .then().statusCode(200);
    }
}
