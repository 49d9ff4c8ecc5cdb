package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Campaigns made for a test, dated around today so their registration window is open. */
final class CampaignFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private CampaignFixtures() {
    }

    /** A draft targeting Cục PBGDPL&TGPL and Cục HCTP. */
    static String draft(String title) {
        return draft(title, TODAY.minusDays(10), TODAY.plusDays(60), TODAY.plusDays(30));
    }

    static String draft(String title, LocalDate start, LocalDate end, LocalDate deadline) {
        return Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","slogan":"Đoàn kết, đổi mới","type":"THEMATIC","scope":"SECTOR",
                         "startDate":"%s","endDate":"%s","registrationDeadline":%s,
                         "targetSelector":"LIST","targetUnitIds":["%s","%s"],
                         "goals":[{"text":"100%% công chức đăng ký thi đua","quantity":100,"measure":"%%"}]}"""
                        .formatted(title, start, end, deadline == null ? "null" : "\"" + deadline + "\"",
                                DemoIds.CUC_PBGDPL_TGPL, DemoIds.CUC_HCTP))
                .post("/api/v1/campaigns")
                .then().statusCode(201).extract().path("id");
    }

    static String launched(String title) {
        String id = draft(title);
        Tokens.as("secretariat").post("/api/v1/campaigns/" + id + "/launch").then().statusCode(200);
        return id;
    }

    static void advance(String id, String... actions) {
        for (String action : actions) {
            Tokens.as("secretariat").post("/api/v1/campaigns/" + id + "/" + action).then().statusCode(200);
        }
    }

    static UUID anyPersonOf(UUID unitId) {
        return UUID.fromString(Tokens.as("secretariat").queryParam("unitId", unitId).queryParam("size", 1)
                .get("/api/v1/people").then().statusCode(200).extract().path("items[0].id"));
    }
}
