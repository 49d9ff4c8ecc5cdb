package vn.gov.moj.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/** Changes are recorded with who and when, in the same transaction: a refused change leaves no record. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void shouldRecordWhoRatedAPersonAndNothingForARefusedRating() throws Exception {
        long before = count("rate");
        String etag = Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/people/" + DemoIds.PERSON_NHUNG).header("ETag");
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"rating\":\"HTXSNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2023")
                .then().statusCode(200);
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"rating\":\"HTXSNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/1800")
                .then().statusCode(400);
        assertThat(count("rate")).isEqualTo(before + 1);
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT actor, actor_unit, detail->>'year' FROM audit_event WHERE action = 'rate' ORDER BY id DESC LIMIT 1");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("unit-officer");
            assertThat(rs.getString(2)).isEqualTo(DemoIds.CUC_PBGDPL_TGPL.toString());
            assertThat(rs.getString(3)).isEqualTo("2023");
        }
    }

    private static long count(String action) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM audit_event WHERE action = ?")) {
            s.setString(1, action);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
