package vn.gov.moj.thidua.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Every client mistake gets a 4xx problem+json naming the problem; nothing answers 500 or shows a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldAnswer401WithoutToken() {
        given().get("/api/v1/units")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void shouldAnswer401ForForgedToken() {
        given().auth().oauth2(Tokens.token("x", "admin", null) + "tampered")
                .get("/api/v1/units")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer403WhenRoleMayNotWrite() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("{\"label\":\"2031\"}")
                .post("/api/v1/periods")
                .then().statusCode(403).contentType(PROBLEM).body("title", equalTo("Không có quyền"));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("Accept-Language", "en-GB,en;q=0.9")
                .body("{\"label\":\"2031\"}")
                .post("/api/v1/periods")
                .then().statusCode(403).contentType(PROBLEM).body("title", equalTo("Forbidden"));
    }

    @Test
    void shouldNameMalformedJson() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"label\": \"2031\", ")
                .post("/api/v1/periods")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-json"))
                .body("detail", containsString("dòng"));
    }

    @Test
    void shouldNameUnknownEnumValueAndItsField() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"GALAXY\",\"validFrom\":\"2026-01-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("kind"))
                .body("detail", containsString("GALAXY"))
                .body("detail", containsString("SO_TU_PHAP"));
    }

    @Test
    void shouldNameMissingFields() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"shortName\":\"X\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("validFrom"));
    }

    @Test
    void shouldAnswerInVietnameseByDefaultNamingFieldsInWordsAndInEnglishOnRequest() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"shortName\":\"X\",\"kind\":\"SO_TU_PHAP\",\"validFrom\":\"2026-01-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", equalTo("Tên: không được để trống"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("không được để trống"));
        Tokens.as("secretariat").contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"shortName\":\"X\",\"kind\":\"SO_TU_PHAP\",\"validFrom\":\"2026-01-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("Name: must not be blank"));
        Tokens.as("secretariat")
                .get("/api/v1/units/00000000-0000-0000-0000-000000000999")
                .then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Đơn vị 00000000-0000-0000-0000-000000000999 không tồn tại hoặc bạn không có quyền xem."));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"GALAXY\",\"validFrom\":\"2026-01-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400)
                .body("detail", containsString("Loại: giá trị \"GALAXY\" không có trong danh mục"));
    }

    @Test
    void shouldRejectFieldsClientsMayNotSet() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"CUC\",\"validFrom\":\"2026-01-01\",\"version\":99}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void shouldNameBadDateFormat() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"CUC\",\"validFrom\":\"31/12/2026\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("validFrom"));
    }

    @Test
    void shouldRequireABody() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer415ForWrongMediaType() {
        Tokens.as("secretariat").contentType(ContentType.TEXT)
                .body("label=2031")
                .post("/api/v1/periods")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer404ProblemForUnknownObjectAndPath() {
        Tokens.as("secretariat").get("/api/v1/units/" + DemoIds.id(999_999))
                .then().statusCode(404).contentType(PROBLEM);
        Tokens.as("secretariat").get("/api/v1/no-such-collection")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer400ForMalformedIdOrQueryParameter() {
        Tokens.as("secretariat").get("/api/v1/units?size=500")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
        Tokens.as("secretariat").get("/api/v1/units?page=abc")
                .then().statusCode(400).contentType(PROBLEM);
        Tokens.as("secretariat").get("/api/v1/units?kind=GALAXY")
                .then().statusCode(400).contentType(PROBLEM);
        Tokens.as("secretariat").get("/api/v1/units?sort=password")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("sort"));
    }

    @Test
    void shouldNeverLeakStackTraces() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("[1,2,3]")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body(not(containsString("at vn.gov")))
                .body(not(containsString("Exception")));
    }
}
