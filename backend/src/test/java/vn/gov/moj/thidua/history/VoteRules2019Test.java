package vn.gov.moj.thidua.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * A 2019 cluster election entered as history from its paper minutes without rules of its own is set up and judged
 * under the rule rows in force on its date (V95, Nghị định 91/2017 era), as a 2025 session is under the 2024 rows;
 * the same rule elects a unit with enough yes votes and refuses one without.
 */
@QuarkusTest
class VoteRules2019Test {

    private static RequestSpecification secretariat() {
        return Tokens.as("secretariat").contentType(ContentType.JSON);
    }

    private static String created(String path, String body) {
        return secretariat().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String periodContaining(LocalDate day, String label) {
        List<String> ids = Tokens.as("viewer").queryParam("containing", day.toString()).get("/api/v1/periods").then().statusCode(200)
                .extract().path("items.id");
        return ids.isEmpty() ? created("/api/v1/periods", "{\"label\":\"" + label + "\"}") : ids.get(0);
    }

    private static String unit(String name) {
        return created("/api/v1/units", "{\"name\":\"%s\",\"kind\":\"CUC\",\"validFrom\":\"2000-01-01\"}".formatted(name));
    }

    private static JsonPath rule(String ruleId, String key, String on) {
        return Tokens.as("viewer").queryParam("ruleId", ruleId).queryParam("key", key).queryParam("asOf", on).get("/api/v1/rule-parameters")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a2019PaperElectionIsJudgedUnderThe2019RuleRows() {
        String period = periodContaining(LocalDate.of(2019, 6, 30), "2019");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String a = unit("Cục Biểu quyết 2019 A " + tag);
        String b = unit("Cục Biểu quyết 2019 B " + tag);
        String c = unit("Cục Biểu quyết 2019 C " + tag);
        String cluster = secretariat().body("""
                {"periodId":"%s","name":"Cụm biểu quyết 2019 %s","kind":"CUM","memberUnitIds":["%s","%s","%s"],"headUnitId":"%s"}"""
                .formatted(period, tag, a, b, c, a)).post(PastYearEntryTest.HISTORY + period + "/clusters").then().statusCode(201)
                .extract().path("id");

        // no rules in the request: the rows in force on 18/12/2019 decide (2/3 of all members, quorum 2/3)
        JsonPath session = secretariat().body("""
                {"session":{"purpose":"CLUSTER_ELECTION","title":"Suy tôn Cờ thi đua ngành Tư pháp năm 2019","clusterId":"%s",
                  "awardTypeId":"%s","sessionDate":"2019-12-18","place":"Hà Nội"},
                 "tally":{"ballotsIssued":3,"ballotsReceived":3,"validBallots":3,"invalidBallots":0,
                  "counts":[{"candidateRef":"%s","yes":2,"no":1},{"candidateRef":"%s","yes":1,"no":2},{"candidateRef":"%s","yes":0,"no":3}]}}"""
                .formatted(cluster, CatalogDemoIds.CO_NGANH, a, b, c))
                .post(PastYearEntryTest.HISTORY + period + "/elections").then().statusCode(201).body("status", equalTo("PUBLISHED"))
                .extract().jsonPath();
        assertThat(session.getString("rules.threshold")).isEqualTo("2/3");
        assertThat(session.getString("rules.quorum")).isEqualTo("2/3");
        assertThat(session.getString("rules.base")).isEqualTo("ALL_MEMBERS");
        JsonPath result = Tokens.as("viewer").get("/api/v1/voting-sessions/" + session.getString("id") + "/result").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getBoolean("tally.candidates.find { it.ref == '" + a + "' }.elected")).isTrue(); // 2 of 3 members
        assertThat(result.getBoolean("tally.candidates.find { it.ref == '" + b + "' }.elected")).isFalse(); // 1 of 3

        // the 2019 row is its own dated version (Nghị định 91/2017 era, unverified), the 2025 one the 2024 version
        JsonPath in2019 = rule("R-CO-NGANH", "voteThreshold", "2019-12-18");
        JsonPath in2025 = rule("R-CO-NGANH", "voteThreshold", "2025-12-18");
        assertThat(in2019.getString("items[0].effectiveFrom")).isEqualTo("2017-07-31");
        assertThat(in2019.getString("items[0].effectiveTo")).isEqualTo("2023-12-31");
        assertThat(in2019.getBoolean("items[0].verified")).isFalse();
        assertThat(in2025.getString("items[0].effectiveFrom")).isEqualTo("2024-01-01");
        assertThat(rule("R-COUNCIL-VOTE", "quorum", "2019-12-18").getString("items[0].legalInstrument")).contains("91/2017");
    }
}
