package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Optimistic concurrency against the real PostgreSQL: many simultaneous edits of one score sheet carrying the same
 * If-Match — exactly one is saved, every other answers 412, and the stored sheet is the winner's.
 */
@QuarkusTest
class ConcurrentScoringTest {

    private static final int EDITORS = 40;

    @Test
    void ofSimultaneousEditsWithOneIfMatchExactlyOneWins() throws Exception {
        UUID unit = DemoIds.CUC_HCTP;
        var world = ScoringFixtures.world("2061", ScoreSheetResourceTest.MEMBERS);
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), unit);
        String etag = ScoringFixtures.etag(sheet, unit);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<Integer, Integer> winners = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            int input = 1 + i % 8;
            String role = i % 2 == 0 ? "unit-officer" : "unit-head";
            futures.add(pool.submit(() -> {
                start.await();
                var response = Tokens.as(role, unit).contentType(ContentType.JSON).header("If-Match", etag)
                        .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":" + input + "}]}")
                        .put("/api/v1/score-sheets/" + sheet + "/self-scores");
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 200) {
                    winners.put(input, 1);
                } else {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        long elapsedMs = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();
        System.out.printf("Concurrent scoring: %d edits of one sheet with one If-Match in %d ms: %s%n", EDITORS, elapsedMs, statuses);

        assertThat(statuses).containsEntry(200, 1).containsEntry(412, EDITORS - 1).hasSize(2);
        int winner = winners.keySet().iterator().next();
        var stored = Tokens.as("unit-officer", unit).get("/api/v1/score-sheets/" + sheet).then().statusCode(200).extract();
        assertThat(stored.header("ETag")).isNotEqualTo(etag);
        assertThat(stored.jsonPath().getFloat("selfTotal")).isEqualTo((float) winner);
    }
}
