package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Security headers on API answers (ASVS V14.4) and no bearer token in the logs (ASVS V7.1.1). */
@QuarkusTest
class SecurityHeadersAndLogsTest {

    @Test
    void apiAnswersCarryTheSecurityHeadersOnSuccessAndOnProblems() {
        for (Response response : List.of(
                Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/me"),
                RestAssured.given().get("/api/v1/me"),
                Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/units/" + DemoIds.id(999_999)))) {
            assertThat(response.statusCode()).isIn(200, 401, 404);
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void noBearerTokenReachesTheLogs() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String token = Tokens.token("unit-officer", "unit-officer", DemoIds.CUC_PBGDPL_TGPL);
            RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
            RestAssured.given().auth().oauth2(token).get("/api/v1/nominations/" + DemoIds.id(999_999)).then().statusCode(404);
            // a tampered token is refused; the refusal must not echo it
            RestAssured.given().auth().oauth2(token.substring(0, token.length() - 4) + "AAAA").get("/api/v1/me").then().statusCode(401);
            RestAssured.given().auth().oauth2("eyJub3QiOiJhIHRva2VuIn0.eyJ4IjoxfQ.c2ln").get("/api/v1/me").then().statusCode(401);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).noneMatch(line -> line.contains("eyJ"));
    }
}
