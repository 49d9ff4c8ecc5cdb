package vn.gov.moj.thidua.org;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

@QuarkusTest
class UnitResourceTest {

    @Test
    void shouldFindUnitsWithoutAccents() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).queryParam("q", "tro giup")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("items.name", hasItem("Cục Trợ giúp pháp lý"))
                .body("items.name", hasItem("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"))
                .body("items.name", not(hasItem("Cục Con nuôi")));
    }

    @Test
    void shouldFoldTheLetterDWithStroke() {
        Tokens.as("viewer").queryParam("q", "dang ky quoc gia")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("items.name", hasItem("Cục Đăng ký quốc gia giao dịch bảo đảm"));
    }

    @Test
    void shouldTreatLikeWildcardsLiterally() {
        // '%' and '_' match themselves, not "anything": every hit really contains the characters.
        Tokens.as("viewer").queryParam("q", "%_").queryParam("size", 200)
                .get("/api/v1/units")
                .then().statusCode(200).body("items.name", everyItem(containsString("%_")));
        Tokens.as("viewer").queryParam("q", "%").queryParam("size", 1)
                .get("/api/v1/units")
                .then().statusCode(200).body("total", lessThan(30));
    }

    @Test
    void shouldPageAndSortWithTotal() {
        Tokens.as("viewer").queryParam("size", 5).queryParam("page", 1).queryParam("sort", "-name")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("page", equalTo(1))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(30));
    }

    @Test
    void shouldFilterByKindAndActiveDate() {
        Tokens.as("viewer").queryParam("kind", "SO_TU_PHAP").queryParam("size", 200)
                .get("/api/v1/units")
                .then().statusCode(200).body("items.kind", everyItem(equalTo("SO_TU_PHAP")));
        Tokens.as("viewer").queryParam("activeOn", "2026-06-01").queryParam("size", 200)
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("items.name", not(hasItem("Cục Con nuôi")))
                .body("items.name", hasItem("Cục Hành chính tư pháp"));
    }

    @Test
    void shouldShowTheSuccessorOfAMergedUnit() {
        Tokens.as("viewer").get("/api/v1/units/" + DemoIds.CUC_TGPL)
                .then().statusCode(200)
                .body("successorId", equalTo(DemoIds.CUC_PBGDPL_TGPL.toString()))
                .body("validTo", equalTo("2025-02-28"))
                .body("parentName", equalTo("Bộ Tư pháp"));
    }

    @Test
    void shouldLetSecretariatCreateAUnit() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"name":"Sở Tư pháp tỉnh Phú Thọ","shortName":"STP Phú Thọ","kind":"SO_TU_PHAP",
                         "province":"Phú Thọ","validFrom":"1997-01-01"}""")
                .post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .body("name", equalTo("Sở Tư pháp tỉnh Phú Thọ"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAMergerWithoutEndDateOrIntoItself() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"name":"Đơn vị cũ","kind":"CUC","validFrom":"2001-01-01","successorId":"%s"}""".formatted(DemoIds.CUC_HCTP))
                .post("/api/v1/units")
                .then().statusCode(400).body("errors.field", hasItem("validTo"));
    }

    @Test
    void shouldRefuseAMergerCycle() {
        // Cục Trợ giúp pháp lý was merged into Cục PBGDPL & TGPL: the successor cannot in turn merge into it.
        String body = """
                {"name":"Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý","kind":"CUC","validFrom":"2025-03-01",
                 "validTo":"2030-01-01","successorId":"%s"}""".formatted(DemoIds.CUC_TGPL);
        String etag = Tokens.as("secretariat").get("/api/v1/units/" + DemoIds.CUC_PBGDPL_TGPL).header("ETag");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/units/" + DemoIds.CUC_PBGDPL_TGPL)
                .then().statusCode(400).body("errors.field", hasItem("successorId"));
    }

    @Test
    void shouldForbidUnitStaffToWriteUnits() {
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"CUC\",\"validFrom\":\"2026-01-01\"}")
                .post("/api/v1/units")
                .then().statusCode(403);
    }
}
