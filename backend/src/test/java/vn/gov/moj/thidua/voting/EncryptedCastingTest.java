package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thidua.voting.VotingFixtures.base;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.support.Tokens;
import vn.gov.moj.thidua.voting.crypto.BallotEncryptor;
import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.Nonces;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.Wire;

/** An encrypted council review: setup rules, copied ballots, the plain endpoint, an empty round, a round replay. */
@QuarkusTest
class EncryptedCastingTest {

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();

    static RequestSpecification member(String key) {
        return RestAssured.given().auth().oauth2(Tokens.token(key, "council-member", null));
    }

    @Test
    void copiedBallotsThePlainEndpointAndAPaperSessionAreRefused() {
        String body = "{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng xét (phiếu mã hóa)\",\"sessionDate\":\"2026-11-20\",\"mode\":\"%s\","
                + "\"encrypted\":true,\"rules\":{\"threshold\":\"1/2\",\"base\":\"VOTES_CAST\",\"seats\":1,\"maxChoices\":1},"
                + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + a + "\",\"label\":\"Hồ sơ A\"},{\"kind\":\"NOMINATION\",\"ref\":\"" + b
                + "\",\"label\":\"Hồ sơ B\"}],\"electorate\":[{\"key\":\"ec1\",\"label\":\"A\"},{\"key\":\"ec2\",\"label\":\"B\"},{\"key\":\"ec3\",\"label\":\"C\"}]}";
        Tokens.as("secretariat").contentType(ContentType.JSON).body(String.format(body, "PAPER")).post("/api/v1/voting-sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("encrypted"));
        UUID id = Tokens.as("secretariat").contentType(ContentType.JSON).body(String.format(body, "ELECTRONIC")).post("/api/v1/voting-sessions")
                .then().statusCode(201).body("encrypted", equalTo(true)).extract().jsonPath().getUUID("id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[\"ec1\",\"ec2\",\"ec3\"]}").post(base(id) + "/open").then().statusCode(200);

        Wire.BallotJson yesA = encrypt(id, "ec1", List.of(0, 1));
        member("ec1").contentType(ContentType.JSON).body(yesA).post(base(id) + "/encrypted-ballots").then().statusCode(201);
        member("ec2").contentType(ContentType.JSON).body(yesA).post(base(id) + "/encrypted-ballots").then().statusCode(409)
                .body("detail", containsString("đã được bỏ vào hòm phiếu"));
        member("ec2").contentType(ContentType.JSON).body("{\"choices\":[{\"candidateRef\":\"" + a + "\",\"choice\":\"YES\"},{\"candidateRef\":\"" + b
                + "\",\"choice\":\"NO\"}]}").post(base(id) + "/ballots").then().statusCode(409).body("detail", containsString("mã hóa"));
        Wire.BallotJson round2 = new Wire.BallotJson(yesA.sessionId(), 2, yesA.candidates(), yesA.yesTotalProof());
        member("ec2").contentType(ContentType.JSON).body(round2).post(base(id) + "/encrypted-ballots").then().statusCode(400);
        member("ec2").contentType(ContentType.JSON).body(encrypt(id, "ec2", List.of(2, 0))).post(base(id) + "/encrypted-ballots").then().statusCode(201);
        Tokens.as("secretariat").post(base(id) + "/close").then().statusCode(200);
        Tokens.as("secretariat").post(base(id) + "/tally").then().statusCode(200);
        JsonPath result = Tokens.as("secretariat").get(base(id) + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(result.getLong("tally.candidates.find { it.ref == '" + a + "' }.yes")).isEqualTo(1);
        assertThat(result.getLong("tally.candidates.find { it.ref == '" + a + "' }.abstain")).isEqualTo(1);
        assertThat(result.getLong("tally.candidates.find { it.ref == '" + b + "' }.yes")).isEqualTo(1);
        assertThat(result.getLong("tally.candidates.find { it.ref == '" + b + "' }.no")).isEqualTo(1);
        assertThat(result.getString("bulletinSha256")).isNull();
        Tokens.as("secretariat").get(base(id) + "/bulletin").then().statusCode(404);
    }

    @Test
    void aRoundWithNoBallotTalliesToZeroAndAPlainSessionHasNoManifest() {
        UUID plain = VotingFixtures.clusterElection("");
        Tokens.as("cluster-lead", vn.gov.moj.thidua.support.DemoIds.CUC_DKGDBD_BTNN).get(base(plain) + "/election-key").then().statusCode(409);
        UUID id = VotingFixtures.clusterElection(",\"encrypted\":true");
        VotingFixtures.open(id, VotingFixtures.CUM_III_2026);
        VotingFixtures.lead(id, "close");
        VotingFixtures.lead(id, "tally");
        VotingFixtures.lead(id, "publish");
        JsonPath result = Tokens.as("viewer").get(base(id) + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("tally.candidates.yes", Long.class)).allMatch(y -> y == 0);
        assertThat(result.getString("bulletinSha256")).hasSize(64);
        JsonPath bulletin = Tokens.as("viewer").get(base(id) + "/bulletin").then().statusCode(200).extract().jsonPath();
        assertThat(bulletin.getList("ballots")).isEmpty();
        assertThat(bulletin.getList("tally.count", Long.class)).allMatch(c -> c == 0);
    }

    static Wire.BallotJson encrypt(UUID session, String member, List<Integer> choices) {
        JsonPath m = member(member).get(base(session) + "/election-key").then().statusCode(200).extract().jsonPath();
        BallotRules rules = new BallotRules(session, m.getInt("round"), P256.point(m.getString("electionKey")), m.getList("candidateRefs", String.class),
                m.getInt("maxChoices"), m.getBoolean("abstainAllowed"), m.getString("noYesFor"));
        return Wire.write(BallotEncryptor.encrypt(rules, choices, Nonces.secure()));
    }
}
