package vn.gov.moj.thidua.scoring;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

@QuarkusTest
class ScoringTemplateResourceTest {

    static final String TEMPLATES = "/api/v1/scoring-templates";

    static final String BROKEN = """
            {"periodId":"%s","targetGroup":"MINISTRY_UNITS","name":"Bảng lỗi","totalPoints":20,"tieBreak":["SECTION:Z"],
             "sections":[{"code":"A","title":"A","maxPoints":12,"criteria":[
               {"code":"A.1","text":"Thẩm định","maxPoints":2,"method":"BANDED","bands":[{"from":0,"to":60,"points":0},{"from":70,"points":2}]},
               {"code":"A.2","text":"Trừ","maxPoints":1,"method":"DEDUCTION","perEvent":2}]}]}""";

    @Test
    void shouldRefuseABrokenTemplateListingEveryFault() {
        Tokens.as("secretariat").contentType(ContentType.JSON).body(BROKEN.formatted(DemoIds.PERIOD_2026))
                .post(TEMPLATES).then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItems("sections[0].maxPoints", "totalPoints", "sections[0].criteria[0].bands",
                        "sections[0].criteria[1].perEvent", "tieBreak[0]"));
        Tokens.as("secretariat").contentType(ContentType.JSON).body(BROKEN.formatted(DemoIds.PERIOD_2026))
                .post(TEMPLATES + "/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors", hasSize(greaterThanOrEqualTo(5)));
    }

    @Test
    void onlyTheSecretariatWritesTemplatesAndClientsCannotSetTheStatus() {
        UUID period = ScoringFixtures.period("2052");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).body(ScoringFixtures.templateBody(period, "x", ""))
                .post(TEMPLATES).then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body(ScoringFixtures.templateBody(period, "x", ",\"status\":\"PUBLISHED\""))
                .post(TEMPLATES).then().statusCode(400);
    }

    @Test
    void aPublishedTemplateIsFrozenAndChangesMakeANewVersion() {
        UUID period = ScoringFixtures.period("2049");
        var created = Tokens.as("secretariat").contentType(ContentType.JSON).body(ScoringFixtures.templateBody(period, "Bảng 2049", ""))
                .post(TEMPLATES).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("versionNo", equalTo(1))
                .body("requiresCertification", equalTo(false))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag)
                .body(ScoringFixtures.templateBody(period, "Bảng 2049 (sửa)", ""))
                .put(TEMPLATES + "/" + id).then().statusCode(200).body("name", equalTo("Bảng 2049 (sửa)"));
        Tokens.as("secretariat").post(TEMPLATES + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        String published = Tokens.as("secretariat").get(TEMPLATES + "/" + id).then().extract().header("ETag");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", published)
                .body(ScoringFixtures.templateBody(period, "Sửa sau khi ban hành", ""))
                .put(TEMPLATES + "/" + id).then().statusCode(409);
        Tokens.as("secretariat").post(TEMPLATES + "/" + id + "/publish").then().statusCode(409);

        String second = Tokens.as("secretariat").post(TEMPLATES + "/" + id + "/new-version").then().statusCode(201)
                .body("versionNo", equalTo(2)).body("status", equalTo("DRAFT")).extract().path("id");
        Tokens.as("secretariat").post(TEMPLATES + "/" + second + "/publish").then().statusCode(200);
        Tokens.as("viewer").get(TEMPLATES + "/" + id).then().statusCode(200).body("status", equalTo("SUPERSEDED"));
        Tokens.as("viewer").queryParam("periodId", period).queryParam("status", "PUBLISHED").get(TEMPLATES).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].versionNo", equalTo(2));
    }

    @Test
    void shouldCopyLastPeriodsTemplateIntoANewPeriod() {
        UUID period = ScoringFixtures.period("2050");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"periodId\":\"" + period + "\"}")
                .post(TEMPLATES + "/" + ScoringDemoIds.TEMPLATE_2025 + "/copy").then().statusCode(201)
                .body("periodLabel", equalTo("2050"))
                .body("status", equalTo("DRAFT"))
                .body("totalPoints", equalTo(100.0f))
                .body("sections.code", hasItems("A", "B", "C", "D", "E"))
                .body("sections[0].criteria[1].bands[4].points", equalTo(8.75f));
    }

    @Test
    void shouldExportATemplateToExcelAndImportItAsADraft() {
        byte[] workbook = Tokens.as("viewer").get(TEMPLATES + "/" + ScoringDemoIds.TEMPLATE_2026 + "/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("spreadsheetml")).extract().asByteArray();
        UUID period = ScoringFixtures.period("2051");
        Tokens.as("secretariat").contentType("application/octet-stream").queryParam("periodId", period).body(workbook)
                .post(TEMPLATES + "/import").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("periodLabel", equalTo("2051"))
                .body("totalPoints", equalTo(100.0f))
                .body("tieBreak", org.hamcrest.Matchers.contains("SECTION:A", "FEWER_DEDUCTIONS"))
                .body("sections[0].criteria[1].bands[4].points", equalTo(8.75f))
                .body("sections[1].criteria[0].method", equalTo("LATENESS_BANDED"));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType("application/octet-stream").queryParam("periodId", period).body(workbook)
                .post(TEMPLATES + "/import").then().statusCode(403);
        Tokens.as("secretariat").contentType("application/octet-stream").queryParam("periodId", period).body("không phải Excel".getBytes())
                .post(TEMPLATES + "/import").then().statusCode(415); // not a workbook by its first bytes
        // a zip that is no workbook is still refused as unreadable
        Tokens.as("secretariat").contentType("application/octet-stream").queryParam("periodId", period)
                .body(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0 })
                .post(TEMPLATES + "/import").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("file"));
    }

    @Test
    void theDemoTemplateIsValidAndPublished() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get(TEMPLATES + "/" + ScoringDemoIds.TEMPLATE_2026).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("periodLabel", equalTo("2026"));
    }
}
