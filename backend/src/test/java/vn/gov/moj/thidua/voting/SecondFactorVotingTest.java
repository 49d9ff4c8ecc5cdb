package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thidua.voting.VotingFixtures.base;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.common.security.SecondFactor;
import vn.gov.moj.thidua.support.Tokens;

/** Stronger sign-in for approvers (issue 19): with the switch on, a ballot needs a token that shows a second factor. */
@QuarkusTest
class SecondFactorVotingTest {

    private static final UUID ITEM = UUID.randomUUID();

    private static UUID openSession() {
        UUID id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng (OTP)\",\"sessionDate\":\"2026-11-20\","
                        + "\"rules\":{\"quorum\":\"1/2\",\"threshold\":\"1/2\",\"base\":\"ALL_MEMBERS\",\"seats\":1,\"maxChoices\":1},"
                        + "\"candidates\":[{\"kind\":\"PERSON\",\"ref\":\"" + ITEM + "\",\"label\":\"Ông A\"}],"
                        + "\"electorate\":[{\"key\":\"otp1\",\"label\":\"Một\"},{\"key\":\"otp2\",\"label\":\"Hai\"},{\"key\":\"otp3\",\"label\":\"Ba\"}]}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[\"otp1\",\"otp2\",\"otp3\"]}")
                .post(base(id) + "/open").then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response cast(UUID session, String key, Map<String, Object> claims) {
        return RestAssured.given().auth().oauth2(Tokens.token(key, "council-member", null, claims)).contentType(ContentType.JSON)
                .body("{\"choices\":[{\"candidateRef\":\"" + ITEM + "\",\"choice\":\"YES\"}]}").post(base(session) + "/ballots");
    }

    @Test
    void withTheSwitchOnABallotNeedsASecondFactor() {
        UUID session = openSession();
        QuarkusMock.installMockForType(new SecondFactor(true, List.of("otp", "mfa", "hwk"), List.of("2")), SecondFactor.class);
        cast(session, "otp1", Map.of("amr", List.of("pwd"))).then().statusCode(403)
                .body("type", equalTo("/problems/second-factor-required")).body("detail", containsString("mã OTP"));
        cast(session, "otp1", Map.of()).then().statusCode(403).body("type", equalTo("/problems/second-factor-required"));
        RestAssured.given().auth().oauth2(Tokens.token("otp1", "council-member", null)).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body("{}").post(base(session) + "/encrypted-ballots").then().statusCode(403)
                .body("type", equalTo("/problems/second-factor-required")).body("detail", containsString("OTP code"));
        cast(session, "otp1", Map.of("amr", List.of("pwd", "otp"))).then().statusCode(201);
        cast(session, "otp2", Map.of("acr", "2")).then().statusCode(201);
    }

    @Test
    void withTheSwitchOffNothingChanges() {
        UUID session = openSession();
        cast(session, "otp3", Map.of()).then().statusCode(201);
    }

    @Test
    void theTokenShowsASecondFactorByItsMethodsOrLevel() {
        List<String> methods = List.of("otp", "mfa", "hwk");
        assertThat(SecondFactor.shown(List.of("pwd", "otp"), null, methods, List.of("2"))).isTrue();
        assertThat(SecondFactor.shown(List.of("MFA"), "1", methods, List.of("2"))).isTrue();
        assertThat(SecondFactor.shown(List.of(), "2", methods, List.of("2"))).isTrue();
        assertThat(SecondFactor.shown(List.of("pwd"), "1", methods, List.of("2"))).isFalse();
        assertThat(SecondFactor.shown(List.of(), null, methods, List.of("2"))).isFalse();
    }
}
