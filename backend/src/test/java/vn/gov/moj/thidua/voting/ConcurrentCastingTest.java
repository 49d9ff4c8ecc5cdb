package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * 1,000 council members vote at the same moment, 100 of them twice (duplicates shuffled in among first ballots): exactly
 * 1,000 ballots and participations, 100 refusals, and the tally counts every mark exactly (2 of 3 vote YES for A).
 */
@QuarkusTest
class ConcurrentCastingTest {

    private static final int VOTERS = 1000;
    private static final int DUPLICATES = 100;

    @Test
    void aThousandSimultaneousVotersCastExactlyOneBallotEach() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String electorate = IntStream.range(0, VOTERS).mapToObj(i -> "{\"key\":\"hd." + i + "\",\"label\":\"Thành viên " + i + "\"}")
                .collect(Collectors.joining(","));
        UUID id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Biểu quyết đồng loạt\",\"sessionDate\":\"2026-11-20\","
                        + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + a + "\",\"label\":\"Hồ sơ A\"},"
                        + "{\"kind\":\"NOMINATION\",\"ref\":\"" + b + "\",\"label\":\"Hồ sơ B\"}],\"electorate\":[" + electorate + "]}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
        String present = IntStream.range(0, VOTERS).mapToObj(i -> "\"hd." + i + "\"").collect(Collectors.joining(","));
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[" + present + "]}")
                .post(VotingFixtures.base(id) + "/open").then().statusCode(200);

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            tokens.add(Tokens.token("hd." + i, "council-member", null));
        }
        // voter i: YES for A unless i is a multiple of 3 (then NO for both); a duplicate repeats its voter's ballot
        String yesForA = VotingFixtures.ballot(List.of(a, b), List.of(a));
        String noToBoth = VotingFixtures.ballot(List.of(a, b), List.of());
        Map<String, String> ballotOf = new java.util.HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            ballotOf.put(tokens.get(i), i % 3 == 0 ? noToBoth : yesForA);
        }
        int expectedYes = (int) IntStream.range(0, VOTERS).filter(i -> i % 3 != 0).count();
        for (int i = 0; i < DUPLICATES; i++) {
            tokens.add(tokens.get(i * 7));
        }
        Collections.shuffle(tokens, new java.util.Random(5));
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (String token : tokens) {
            futures.add(pool.submit(() -> {
                start.await();
                int status = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(ballotOf.get(token))
                        .post(VotingFixtures.base(id) + "/ballots").statusCode();
                statuses.merge(status, 1, Integer::sum);
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        long elapsedMs = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();
        System.out.printf("Concurrent casting: %d requests (%d voters, %d duplicates) on 24 threads in %d ms: %s%n", tokens.size(), VOTERS,
                DUPLICATES, elapsedMs, statuses);

        assertThat(statuses).containsEntry(201, VOTERS).containsEntry(409, DUPLICATES).hasSize(2);
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            assertThat(count(c, "SELECT count(*) FROM vote_participation WHERE session_id = ?", id)).isEqualTo(VOTERS);
            assertThat(count(c, "SELECT count(*) FROM vote_ballot WHERE session_id = ?", id)).isEqualTo(VOTERS);
            assertThat(count(c, "SELECT count(DISTINCT receipt_code) FROM vote_ballot WHERE session_id = ?", id)).isEqualTo(VOTERS);
        }
        Tokens.as("secretariat").get(VotingFixtures.base(id) + "/turnout").then().statusCode(200)
                .body("voted", org.hamcrest.Matchers.equalTo(VOTERS));
        Tokens.as("secretariat").post(VotingFixtures.base(id) + "/close").then().statusCode(200);
        Tokens.as("secretariat").post(VotingFixtures.base(id) + "/tally").then().statusCode(200);
        // 667 YES of 1,000 members falls short of 9/10; B has no YES at all.
        Tokens.as("secretariat").get(VotingFixtures.base(id) + "/result").then().statusCode(200)
                .body("rules.threshold", org.hamcrest.Matchers.equalTo("9/10"))
                .body("tally.candidates[0].yes", org.hamcrest.Matchers.equalTo(expectedYes))
                .body("tally.candidates[0].no", org.hamcrest.Matchers.equalTo(VOTERS - expectedYes))
                .body("tally.candidates[0].passed", org.hamcrest.Matchers.equalTo(false))
                .body("tally.candidates[1].yes", org.hamcrest.Matchers.equalTo(0))
                .body("tally.candidates[1].no", org.hamcrest.Matchers.equalTo(VOTERS))
                .body("tally.candidates[1].passed", org.hamcrest.Matchers.equalTo(false));
    }

    private static long count(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
