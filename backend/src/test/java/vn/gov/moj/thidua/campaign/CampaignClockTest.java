package vn.gov.moj.thidua.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.common.time.ClockProducer;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Campaign deadlines are decided by the injected clock, on Vietnam's date: moving the clock moves "today". */
@QuarkusTest
class CampaignClockTest {

    private static final LocalDate START = LocalDate.of(2030, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2030, 4, 30);

    private static void setClock(ZonedDateTime at) {
        QuarkusMock.installMockForType(Clock.fixed(at.toInstant(), ClockProducer.VIETNAM), Clock.class);
    }

    @Test
    void shouldCloseRegistrationsWhenTheVietnameseDateIsPastTheDeadline() {
        setClock(ZonedDateTime.of(2030, 4, 30, 23, 30, 0, 0, ClockProducer.VIETNAM));
        String campaign = CampaignFixtures.draft("Hạn đăng ký theo đồng hồ", START, LocalDate.of(2030, 12, 31), DEADLINE);
        Tokens.as("secretariat").post("/api/v1/campaigns/" + campaign + "/launch")
                .then().statusCode(200).body("launchedAt", startsWith("2030-04-30T16:30"));
        String id = Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(201).extract().path("id");
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).post("/api/v1/campaigns/" + campaign + "/registrations/" + id + "/submit")
                .then().statusCode(200).body("submittedAt", startsWith("2030-04-30T16:30"));
        Tokens.as("secretariat").get("/api/v1/campaigns/" + campaign + "/participation")
                .then().statusCode(200).body("asOf", equalTo("2030-04-30")).body("overdueUnits", equalTo(0));

        // 00:30 on 1 May in Hà Nội is still 30 April in UTC: the deadline passes on Vietnam's date.
        setClock(ZonedDateTime.of(2030, 5, 1, 0, 30, 0, 0, ClockProducer.VIETNAM));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(409)
                .body("title", equalTo("Xung đột dữ liệu"))
                .body("detail", equalTo("Phong trào nhận đăng ký thi đua từ ngày 01/03/2030 đến ngày 30/04/2030; hôm nay là ngày 01/05/2030."));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(409).body("title", equalTo("Conflict"))
                .body("detail", equalTo("Registrations are open from 2030-03-01 to 2030-04-30; today is 2030-05-01"));
        Tokens.as("secretariat").get("/api/v1/campaigns/" + campaign + "/participation")
                .then().statusCode(200).body("asOf", equalTo("2030-05-01")).body("overdueUnits", equalTo(1))
                .body("units.find { it.unitId == '" + DemoIds.CUC_HCTP + "' }.overdueReasons", equalTo(List.of("REGISTRATION")));
    }
}
