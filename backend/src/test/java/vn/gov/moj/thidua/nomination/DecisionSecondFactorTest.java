package vn.gov.moj.thidua.nomination;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.common.security.SecondFactor;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Stronger sign-in for approvers (issue 19): with the switch on, issuing a decision needs a token that shows a second factor. */
@QuarkusTest
class DecisionSecondFactorTest {

    private static io.restassured.response.Response issue(String number, String dossier, Map<String, Object> claims) {
        return RestAssured.given().auth().oauth2(Tokens.token("secretariat", "secretariat", DemoIds.VU_TCCB, claims)).contentType(ContentType.JSON)
                .body("""
                        {"number":"%s","decisionDate":"2026-03-25","signer":"Nguyễn Văn Bộ","signerTitle":"Bộ trưởng Bộ Tư pháp",
                         "nominationIds":["%s"]}""".formatted(number, dossier))
                .post("/api/v1/decisions");
    }

    /** A person of their own, with no award in the ledger (a demo person may already hold this year's). */
    private static UUID newPerson(String name) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"fullName\":\"%s\",\"unitId\":\"%s\",\"position\":\"Chuyên viên\",\"leader\":false,\"employmentType\":\"CIVIL_SERVANT\"}"
                        .formatted(name, DemoIds.CUC_HCTP))
                .post("/api/v1/people").then().statusCode(201).extract().path("id"));
    }

    @Test
    void aDecisionNeedsAnOtpSignInWhenTheSwitchIsOn() {
        String dossier = NominationFixtures.onAgenda(DemoIds.CUC_HCTP, newPerson("Đặng Văn Hai Yếu Tố"), NominationFixtures.LDTT);
        NominationFixtures.councilResult(dossier, 15, 14, 1);
        QuarkusMock.installMockForType(new SecondFactor(true, List.of("otp", "mfa", "hwk"), List.of("2")), SecondFactor.class);
        issue("951/QĐ-BTP", dossier, Map.of("amr", List.of("pwd"), "acr", "1")).then().statusCode(403)
                .body("type", equalTo("/problems/second-factor-required")).body("title", equalTo("Cần xác thực hai yếu tố"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + dossier).then().body("status", equalTo("APPROVED")); // nothing written
        issue("951/QĐ-BTP", dossier, Map.of("amr", List.of("pwd", "otp"))).then().statusCode(201);
    }

    @Test
    void withTheSwitchOffADecisionIsIssuedAsBefore() {
        String dossier = NominationFixtures.onAgenda(DemoIds.CUC_HCTP, newPerson("Phan Thị Một Yếu Tố"), NominationFixtures.LDTT);
        NominationFixtures.councilResult(dossier, 15, 14, 1);
        issue("952/QĐ-BTP", dossier, Map.of()).then().statusCode(201);
    }
}
