package vn.gov.moj.thidua.security;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.contract.DatabaseFingerprint;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Hostile text and dates (issue 20, "Input"): a NUL, a C1 control, a bidirectional override, a zero-width-only
 * name, a decomposed name, a year 10000 — in bodies, query parameters and multipart fields. Each is a 400 naming
 * the field in Vietnamese (English on request), never a 500, and a refused request writes nothing.
 */
@QuarkusTest
class InputHygieneTest {

    private static String person(String fullName, String assignedFrom) {
        return """
                {"fullName":"%s","birthYear":1990,"gender":"F","unitId":"%s","position":"Chuyên viên",
                 "employmentType":"CIVIL_SERVANT","assignedFrom":"%s"}""".formatted(fullName, DemoIds.STP_LANG_SON, assignedFrom);
    }

    private static RequestSpecification secretariat() {
        return Tokens.as("secretariat").contentType(ContentType.JSON);
    }

    @Test
    void shouldRefuseANulInANameWithA400NamingTheFieldNotA500() {
        Map<String, String> before = DatabaseFingerprint.take();
        secretariat().body(person("Lò Thị\\u0000 Mai", "2020-01-01")).post("/api/v1/people")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("fullName"))
                .body("detail", allOf(containsString("Họ và tên"), containsString("ký tự điều khiển"), containsString("U+0000")));
        secretariat().header("Accept-Language", "en").body(person("Lò Thị\\u0000 Mai", "2020-01-01")).post("/api/v1/people")
                .then().statusCode(400).body("detail", containsString("control character"));
        // a C1 control (U+0085) and DEL in a free-text field are refused the same way
        secretariat().body(person("Lò Thị\\u0085Mai", "2020-01-01")).post("/api/v1/people").then().statusCode(400)
                .body("detail", containsString("U+0085"));
        org.assertj.core.api.Assertions.assertThat(DatabaseFingerprint.take()).isEqualTo(before);
    }

    @Test
    void shouldRefuseInvisibleAndDirectionCharactersInNamesAndABlankName() {
        secretariat().body(person("Lò Thị\\u202Eiam", "2020-01-01")).post("/api/v1/people")
                .then().statusCode(400).body("errors.field", hasItem("fullName"))
                .body("detail", allOf(containsString("Họ và tên"), containsString("U+202E")));
        secretariat().body(person("\\u200B\\u200D\\uFEFF", "2020-01-01")).post("/api/v1/people")
                .then().statusCode(400).body("errors.field", hasItem("fullName")).body("detail", containsString("để trống"));
        secretariat().body(person("Lò\\tThị Mai", "2020-01-01")).post("/api/v1/people")
                .then().statusCode(400).body("errors.field", hasItem("fullName"));
        secretariat().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"name\":\"Cụm\\u2066 thi đua\",\"periodId\":\"%s\"}".formatted(DemoIds.PERIOD_2026))
                .post("/api/v1/clusters").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("detail", containsString("text-direction"));
    }

    @Test
    void shouldStoreADecomposedNameComposed() {
        String decomposed = "Lu\\u031Bo\\u031Bng Thi\\u0323 Ha\\u0300"; // Lương Thị Hà typed as base letters + combining marks
        secretariat().body(person(decomposed, "2021-02-01")).post("/api/v1/people")
                .then().statusCode(201).body("fullName", equalTo("Lương Thị Hà"));
        Tokens.as("secretariat").queryParam("q", "Lương Thị Hà").queryParam("unitId", DemoIds.STP_LANG_SON).get("/api/v1/people")
                .then().statusCode(200).body("items.fullName", hasItem("Lương Thị Hà"));
    }

    @Test
    void shouldRefuseDatesOutsideTheSaneRangeInBodies() {
        secretariat().body(person("Lò Thị Mai", "+10000-01-01")).post("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", equalTo("assignedFrom"))
                .body("detail", allOf(containsString("10000-01-01"), containsString("nằm ngoài khoảng")));
        secretariat().body(person("Lò Thị Mai", "1944-12-31")).post("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", equalTo("assignedFrom"));
        secretariat().header("Accept-Language", "en").body(person("Lò Thị Mai", "2101-01-01")).post("/api/v1/people")
                .then().statusCode(400).body("detail", containsString("outside the accepted range"));
    }

    @Test
    void shouldCheckDateQueryParametersTheSameWay() {
        Tokens.as("secretariat").queryParam("activeOn", "1945-01-01").get("/api/v1/units").then().statusCode(200);
        Tokens.as("secretariat").queryParam("activeOn", "2100-12-31").get("/api/v1/units").then().statusCode(200);
        Tokens.as("secretariat").queryParam("activeOn", "+10000-01-01").get("/api/v1/units")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("detail", containsString("nằm ngoài khoảng"));
        Tokens.as("secretariat").queryParam("activeOn", "1944-12-31").get("/api/v1/units").then().statusCode(400);
        Tokens.as("secretariat").queryParam("activeOn", "2026-13-01").get("/api/v1/units").then().statusCode(400)
                .body("detail", containsString("yyyy-MM-dd"));
    }

    @Test
    void shouldRefuseANulInAQueryParameter() {
        Tokens.as("secretariat").queryParam("q", "Nhung\u0000").get("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", equalTo("q")).body("detail", containsString("U+0000"));
        Tokens.as("secretariat").queryParam("q", "Nhung").get("/api/v1/people").then().statusCode(200);
    }

    @Test
    void shouldRefuseADirectionOverrideInAnUploadedDocumentsTitle() {
        // the parameters are validated before the dossier is looked up: an unknown id, nothing is written
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).multiPart("kind", "EVIDENCE")
                .multiPart(new MultiPartSpecBuilder("Báo cáo\u202Efdp.exe").controlName("title").charset(StandardCharsets.UTF_8).build())
                .multiPart("file", "a.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                .post("/api/v1/nominations/" + UUID.randomUUID() + "/documents")
                .then().statusCode(400).body("errors.field", hasItem("title")).body("detail", containsString("U+202E"));
    }
}
