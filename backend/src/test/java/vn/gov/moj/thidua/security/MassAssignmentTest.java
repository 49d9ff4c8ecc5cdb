package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.moj.thidua.contract.DatabaseFingerprint;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Property-level authorization (OWASP API3, mass assignment): for every capability, a client that sets a
 * server-owned property (status, score, verifiedScore, decidedBy, unitId, version, id…) in a request body is
 * refused with 400 naming the property, by a caller who is otherwise allowed, and nothing is written.
 */
@QuarkusTest
class MassAssignmentTest {

    record Probe(String capability, String role, UUID unit, String method, String path, String body, String property) {
    }

    static final String STALE = "\"999999\"";

    static List<Probe> probes() {
        UUID pb = DemoIds.CUC_PBGDPL_TGPL;
        UUID dk = DemoIds.CUC_DKGDBD_BTNN;
        String sheet = "/api/v1/score-sheets/" + DemoIds.id(200105);
        String entries = "\"entries\":[{\"criterionCode\":\"A.1\",\"input\":1}]";
        String nomination = "\"personId\":\"" + DemoIds.PERSON_NHUNG + "\",\"awardTypeId\":\"" + DemoIds.id(100003)
                + "\",\"periodId\":\"" + DemoIds.id(9025) + "\",\"achievements\":\"x\"";
        return List.of(
                new Probe("catalog", "secretariat", DemoIds.VU_TCCB, "POST", "/api/v1/award-types", "{\"id\":\"" + UUID.randomUUID() + "\"}", "id"),
                new Probe("catalog", "secretariat", DemoIds.VU_TCCB, "POST", "/api/v1/rule-parameters", "{\"version\":7}", "version"),
                new Probe("org", "admin", DemoIds.id(11), "POST", "/api/v1/units", "{\"id\":\"" + UUID.randomUUID() + "\"}", "id"),
                new Probe("org", "secretariat", DemoIds.VU_TCCB, "PUT", "/api/v1/people/" + DemoIds.PERSON_NHUNG, "{\"version\":99}", "version"),
                new Probe("campaign", "secretariat", DemoIds.VU_TCCB, "POST", "/api/v1/campaigns", "{\"status\":\"IN_PROGRESS\"}", "status"),
                new Probe("campaign", "unit-officer", pb, "POST", "/api/v1/campaigns/" + DemoIds.id(110001) + "/registrations",
                        "{\"awardTypeId\":\"" + DemoIds.id(100002) + "\",\"status\":\"APPROVED\"}", "status"),
                new Probe("campaign", "unit-officer", pb, "PUT", "/api/v1/campaigns/" + DemoIds.id(110001) + "/registrations/" + DemoIds.id(110106),
                        "{\"awardTypeId\":\"" + DemoIds.id(100002) + "\",\"decidedAt\":\"2026-01-01T00:00:00Z\"}", "decidedAt"),
                new Probe("scoring", "unit-officer", pb, "PUT", sheet + "/self-scores", "{" + entries + ",\"status\":\"VERIFIED\"}", "status"),
                new Probe("scoring", "unit-officer", pb, "PUT", sheet + "/self-scores", "{" + entries + ",\"score\":100}", "score"),
                new Probe("scoring", "unit-officer", pb, "PUT", sheet + "/self-scores",
                        "{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":1,\"verifiedScore\":10}]}", "verifiedScore"),
                new Probe("scoring", "unit-officer", pb, "POST", "/api/v1/score-sheets", "{\"unitId\":\"" + DemoIds.CUC_HCTP + "\",\"status\":\"LOCKED\"}", "status"),
                new Probe("scoring", "cluster-lead", dk, "PUT", "/api/v1/score-sheets/" + DemoIds.id(200104) + "/verification",
                        "{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":1,\"verifiedBy\":\"x\"}]}", "verifiedBy"),
                new Probe("voting", "secretariat", DemoIds.VU_TCCB, "POST", "/api/v1/voting-sessions", "{\"status\":\"PUBLISHED\"}", "status"),
                new Probe("voting", "unit-head", DemoIds.CUC_DKGDBD, "POST", "/api/v1/voting-sessions/" + DemoIds.id(120003) + "/ballots",
                        "{\"choices\":[],\"voterKey\":\"" + DemoIds.CUC_HCTP + "\"}", "voterKey"),
                new Probe("nomination", "unit-officer", pb, "POST", "/api/v1/nominations", "{" + nomination + ",\"status\":\"APPROVED\"}", "status"),
                new Probe("nomination", "unit-officer", pb, "POST", "/api/v1/nominations", "{" + nomination + ",\"unitId\":\"" + DemoIds.CUC_HCTP + "\"}", "unitId"),
                new Probe("nomination", "unit-officer", pb, "PUT", "/api/v1/nominations/" + DemoIds.id(420001), "{" + nomination + ",\"version\":0}", "version"),
                new Probe("nomination", "secretariat", DemoIds.VU_TCCB, "POST", "/api/v1/decisions",
                        "{\"number\":\"1/QĐ\",\"decisionDate\":\"2026-03-25\",\"signer\":\"A\",\"signerTitle\":\"B\",\"nominationIds\":[\""
                                + DemoIds.id(420001) + "\"],\"decidedBy\":\"someone-else\"}", "decidedBy"),
                new Probe("nomination", "secretariat", DemoIds.VU_TCCB, "POST", "/api/v1/initiatives", "{\"id\":\"" + UUID.randomUUID() + "\"}", "id"));
    }

    @Test
    void serverOwnedPropertiesInABodyAreRefusedByEveryCapability() {
        List<String> failures = new ArrayList<>();
        for (Probe p : probes()) {
            Map<String, String> before = DatabaseFingerprint.take();
            var request = Tokens.as(p.role(), p.unit()).contentType(ContentType.JSON).body(p.body());
            if (p.method().equals("PUT")) {
                request = request.header("If-Match", STALE);
            }
            Response response = request.request(p.method(), p.path());
            String label = p.capability() + ": " + p.method() + " " + p.path() + " setting " + p.property() + " as " + p.role();
            if (response.statusCode() != 400) {
                failures.add(label + " → " + response.statusCode() + " (expected 400) " + response.asString());
            } else if (!response.asString().contains(p.property())) {
                failures.add(label + " → 400 without naming " + p.property() + ": " + response.asString());
            }
            if (!DatabaseFingerprint.take().equals(before)) {
                failures.add(label + " changed the database");
            }
        }
        assertThat(failures).isEmpty();
    }

    /** unitId is a real field of a registration, but only the caller's own unit: another unit's id has no effect. */
    @Test
    void aRegistrationCannotBeFiledForAnotherUnit() {
        Map<String, String> before = DatabaseFingerprint.take();
        int status = Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("{\"awardTypeId\":\"" + DemoIds.id(100002) + "\",\"unitId\":\"" + DemoIds.CUC_HCTP + "\"}")
                .post("/api/v1/campaigns/" + DemoIds.id(110001) + "/registrations").statusCode();
        assertThat(status).isIn(400, 403, 422);
        assertThat(DatabaseFingerprint.take()).isEqualTo(before);
    }
}
