package vn.gov.moj.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** A campaign's launch level and organising scope (Biểu 0601.N) recorded through the API: when drafting and afterwards. */
@QuarkusTest
class CampaignClassificationTest {

    static String draft(String classification) {
        return Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Phong trào phân loại","type":"THEMATIC","scope":"SECTOR","startDate":"2026-01-10","endDate":"2026-11-30",
                         "targetSelector":"LIST","targetUnitIds":["%s"]%s}""".formatted(DemoIds.VU_TCCB, classification))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDraftRecordsItsLaunchLevelAndScopeAndAnUnknownValueIsRefused() {
        String id = draft(",\"launchLevel\":\"MINISTRY\",\"organisingScope\":\"SECTOR\"");
        Tokens.as("secretariat").get("/api/v1/campaigns/" + id).then().statusCode(200)
                .body("launchLevel", equalTo("MINISTRY")).body("organisingScope", equalTo("SECTOR"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Phong trào sai","type":"THEMATIC","scope":"SECTOR","startDate":"2026-01-10","endDate":"2026-11-30",
                         "targetSelector":"LIST","targetUnitIds":["%s"],"launchLevel":"GALAXY"}""".formatted(DemoIds.VU_TCCB))
                .post("/api/v1/campaigns").then().statusCode(400).contentType("application/problem+json");
        // not recorded: absent
        Tokens.as("secretariat").get("/api/v1/campaigns/" + draft("")).then().statusCode(200).body("launchLevel", nullValue());
    }

    @Test
    void theSecretariatClassifiesACampaignAuditedAndOthersMayNot() {
        String id = draft("");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"launchLevel\":\"AGENCY\",\"organisingScope\":\"CLUSTER\"}")
                .put("/api/v1/campaigns/" + id + "/classification").then().statusCode(200)
                .body("launchLevel", equalTo("AGENCY")).body("organisingScope", equalTo("CLUSTER"));
        List<String> actions = Tokens.as("secretariat").get("/api/v1/campaigns/" + id + "/history").then().statusCode(200).extract().path("action");
        assertThat(actions).contains("classify");

        Tokens.as("unit-officer", DemoIds.VU_TCCB).contentType(ContentType.JSON).body("{\"launchLevel\":\"CENTRAL\"}")
                .put("/api/v1/campaigns/" + id + "/classification").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"organisingScope\":\"MOON\"}")
                .put("/api/v1/campaigns/" + id + "/classification").then().statusCode(400).contentType("application/problem+json");
        Tokens.as("secretariat").get("/api/v1/campaigns/" + id).then().body("launchLevel", equalTo("AGENCY"));
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{}").put("/api/v1/campaigns/" + java.util.UUID.randomUUID() + "/classification")
                .then().statusCode(404);
    }
}
