package vn.gov.moj.thidua.common;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.moj.thidua.support.Tokens;

/** Updates carry If-Match with the ETag; a stale one is refused and changes nothing. */
@QuarkusTest
class OptimisticConcurrencyTest {

    private static final String UNIT = """
            {"name":"Sở Tư pháp tỉnh Thử nghiệm %s","kind":"SO_TU_PHAP","province":"Thử nghiệm","validFrom":"2026-01-01"}""";

    @Test
    void shouldRefuseStaleIfMatchAndKeepTheWinner() {
        Response created = Tokens.as("secretariat").contentType(ContentType.JSON).body(UNIT.formatted("A"))
                .post("/api/v1/units");
        created.then().statusCode(201).header("ETag", "\"0\"");
        String location = created.header("Location");

        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(UNIT.formatted("B"))
                .put(location).then().statusCode(200).header("ETag", "\"1\"");

        Tokens.as("admin").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(UNIT.formatted("C"))
                .put(location).then().statusCode(412).contentType("application/problem+json");

        Tokens.as("secretariat").get(location).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Sở Tư pháp tỉnh Thử nghiệm B"));
    }

    @Test
    void shouldRequireIfMatchOnUpdate() {
        String location = Tokens.as("secretariat").contentType(ContentType.JSON).body(UNIT.formatted("D"))
                .post("/api/v1/units").then().statusCode(201).extract().header("Location");
        Tokens.as("secretariat").contentType(ContentType.JSON).body(UNIT.formatted("E"))
                .put(location).then().statusCode(428).contentType("application/problem+json");
    }
}
