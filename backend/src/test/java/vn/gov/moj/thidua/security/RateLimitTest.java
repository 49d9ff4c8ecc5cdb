package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.security.RateLimiter;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Rate limits on ballot casting and bulk imports, counted in PostgreSQL (shared by every instance): the request
 * past the limit answers 429 problem+json with Retry-After; other users are not affected. Test limits: 60 ballots
 * and 30 imports per user and minute.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    RateLimiter limiter;

    @Inject
    vn.gov.moj.thidua.voting.BallotLimit ballotLimit;

    /**
     * Every instance must put a hit in the same window, so the window is cut by the database's clock (one clock for
     * all instances), and Retry-After counts down to the end of that window.
     */
    @Test
    void windowsFollowTheDatabaseClock() throws Exception {
        String bucket = "rl.clock." + UUID.randomUUID();
        limiter.hit(bucket, 2, 3600);
        limiter.hit(bucket, 2, 3600);
        ApiProblem refused = org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class, () -> limiter.hit(bucket, 2, 3600));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 3600L);
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT hits, window_start = to_timestamp(floor(extract(epoch FROM now()) / 3600) * 3600),"
                                + " extract(epoch FROM window_start)::bigint % 3600,"
                                + " extract(epoch FROM window_start + interval '1 hour' - now())::bigint"
                                + " FROM rate_limit_window WHERE bucket = '" + bucket + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.getLong(3)).isZero(); // windows start on the hour of the database's clock
            if (rs.getBoolean(2)) {
                // Retry-After ends the window the database is in (a second apart at most: rounding and query time)
                assertThat(refused.retryAfterSeconds()).isCloseTo(rs.getLong(4), org.assertj.core.data.Offset.offset(2L));
            }
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void castingPastTheLimitAnswers429WithRetryAfter() throws Exception {
        String user = "rl.voter." + UUID.randomUUID();
        String token = Tokens.token(user, "unit-head", DemoIds.CUC_HCTP);
        String body = "{\"choices\":[{\"candidateRef\":\"" + DemoIds.CUC_HCTP + "\",\"choice\":\"YES\"}]}";
        UUID session = UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < 61; i++) {
            last = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/voting-sessions/" + session + "/ballots");
            statuses.add(last.statusCode());
        }
        // within one window (a window boundary in between restarts the count: then the last answer is still < 429)
        assertThat(statuses.subList(0, 60)).doesNotContain(429);
        // the casting limit names no one: its bucket is the session and a keyed pseudonym, never the user name
        assertThat(countOf(user)).isZero();
        if (countOfBucket(ballotLimit.bucket(session, user)) >= 61) {
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.contentType()).startsWith("application/problem+json");
            assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
            assertThat(last.jsonPath().getString("type")).isEqualTo("/problems/rate-limited");
        }
        // another user is not limited
        RestAssured.given().auth().oauth2(Tokens.token("rl.other." + UUID.randomUUID(), "unit-head", DemoIds.CUC_HCTP))
                .contentType(ContentType.JSON).body(body).post("/api/v1/voting-sessions/" + UUID.randomUUID() + "/ballots")
                .then().statusCode(404);
    }

    @Test
    void importsPastTheLimitAnswer429() throws Exception {
        String user = "rl.importer." + UUID.randomUUID();
        String token = Tokens.token(user, "secretariat", DemoIds.VU_TCCB);
        int refused = 0;
        for (int i = 0; i < 31; i++) {
            Response r = RestAssured.given().auth().oauth2(token).contentType("text/csv").body("not,a,ledger\n")
                    .post("/api/v1/awards/imports");
            assertThat(r.statusCode()).isNotEqualTo(200).isLessThan(500);
            if (r.statusCode() == 429) {
                refused++;
                assertThat(r.header("Retry-After")).isNotBlank();
            }
        }
        assertThat(refused).isEqualTo(countOf(user) >= 31 ? 1 : 0);
    }

    private static int countOfBucket(String bucket) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(max(hits), 0) FROM rate_limit_window WHERE bucket = '" + bucket + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Hits counted in the user's current window, or 0 when a window boundary split the burst. */
    private static int countOf(String user) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT coalesce(max(hits), 0) FROM rate_limit_window WHERE bucket LIKE '%" + user + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
