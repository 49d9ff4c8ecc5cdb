package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.contract.DatabaseFingerprint;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;
import vn.gov.moj.thidua.support.WorkbookBombs;

/**
 * Issue 20 through the real endpoints: generated spreadsheet bombs are refused by every import (413/422
 * problem+json in Vietnamese, English on request, nothing stored); a request without a valid token is 401 before any
 * content-type check; the heavy reports have a per-user rate limit (test profile: 200 a minute, 16 MB per part).
 */
@QuarkusTest
class ImportBombsAndHeavyReportsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final byte[] ZEROS = WorkbookBombs.zeros(600);

    /** A fresh user per request family, so the import rate limit of other tests is not touched. */
    static RequestSpecification importer(String role, UUID unit) {
        return RestAssured.given().auth().oauth2(Tokens.token("bomb." + UUID.randomUUID(), role, unit));
    }

    static List<Response> postEverywhere(byte[] workbook, String language) {
        return List.of(
                importer("secretariat", null).header("Accept-Language", language).contentType(XLSX).body(workbook)
                        .post("/api/v1/awards/imports"),
                importer("unit-officer", DemoIds.id(331)).header("Accept-Language", language).contentType(XLSX).body(workbook)
                        .post("/api/v1/nominations/imports"),
                importer("secretariat", null).header("Accept-Language", language).contentType(XLSX).body(workbook)
                        .queryParam("periodId", DemoIds.PERIOD_2026.toString()).post("/api/v1/scoring-templates/import"));
    }

    @Test
    void everyImportRefusesBombsAndStoresNothing() {
        Map<String, String> before = DatabaseFingerprint.take();
        for (Response answer : postEverywhere(ZEROS, "vi")) {
            answer.then().statusCode(413).contentType("application/problem+json")
                    .body("title", containsString("quá lớn")).body("detail", containsString("giải nén"));
        }
        for (Response answer : postEverywhere(WorkbookBombs.declaringSize(ZEROS, "xl/worksheets/sheet1.xml", 1000), "en")) {
            answer.then().statusCode(413).contentType("application/problem+json").body("detail", containsString("inflates"));
        }
        for (Response answer : postEverywhere(WorkbookBombs.rowAt(2_000_000), "vi")) {
            answer.then().statusCode(422).contentType("application/problem+json").body("detail", containsString("2000000"));
        }
        for (Response answer : postEverywhere(WorkbookBombs.cellAt("XFD1"), "en")) {
            answer.then().statusCode(422).contentType("application/problem+json").body("detail", containsString("XFD1"));
        }
        for (Response answer : postEverywhere(WorkbookBombs.rows(20_001), "vi")) {
            answer.then().statusCode(413).contentType("application/problem+json").body("detail", containsString("20000"));
        }
        assertThat(DatabaseFingerprint.take()).isEqualTo(before);
    }

    @Test
    void withoutAValidTokenEveryUploadIs401BeforeItsContentTypeIsChecked() {
        UUID any = UUID.randomUUID();
        List<String> uploads = List.of("/api/v1/campaigns/" + any + "/documents", "/api/v1/nominations/" + any + "/documents",
                "/api/v1/decisions/" + any + "/signed-documents", "/api/v1/score-sheets/" + any + "/evidence-files",
                "/api/v1/voting-sessions/" + any + "/signed-minutes", "/api/v1/awards/imports", "/api/v1/nominations/imports",
                "/api/v1/scoring-templates/import");
        for (String path : uploads) {
            for (RequestSpecification caller : List.of(RestAssured.given(), RestAssured.given().auth().oauth2("not-a-token"))) {
                caller.contentType("application/x-unexpected").body(new byte[] { 'x' }).post(path)
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("Bearer")).body("title", containsString("Chưa đăng nhập"));
            }
        }
        // with a token, the content type is judged as before
        Tokens.as("secretariat").contentType("application/x-unexpected").body(new byte[] { 'x' }).post("/api/v1/campaigns/" + any + "/documents")
                .then().statusCode(415);
    }

    @Test
    void heavyReportsHaveAPerUserRateLimit() {
        String token = Tokens.token("heavy." + UUID.randomUUID(), "viewer", null);
        Response last = null;
        // a window boundary in between restarts the count (fixed one-minute windows): keep going until refused
        for (int i = 0; i < 450; i++) {
            // an unknown form is the cheapest heavy call; refused calls count too
            last = RestAssured.given().auth().oauth2(token).queryParam("year", 2019).get("/api/v1/reports/statistics/9999");
            if (last.statusCode() == 429) {
                break;
            }
        }
        last.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("Quá nhiều yêu cầu"));
        RestAssured.given().auth().oauth2(token).queryParam("yearFrom", 2024).queryParam("yearTo", 2025).get("/api/v1/reports/awards")
                .then().statusCode(429);
        RestAssured.given().auth().oauth2(Tokens.token("heavy." + UUID.randomUUID(), "viewer", null))
                .queryParam("yearFrom", 2024).queryParam("yearTo", 2025).get("/api/v1/reports/awards").then().statusCode(200);
    }
}
