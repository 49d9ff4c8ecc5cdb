package vn.gov.moj.thidua.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldServeHealthOpenApiAndSwaggerUiWithoutToken() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().redirects().follow(true).get("/q/swagger-ui").then().statusCode(200);
    }

    @Test
    void shouldAllowCorsForTheSpaOriginOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/units")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/units")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
