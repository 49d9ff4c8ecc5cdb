package vn.gov.moj.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** A registration of a past year is judged against that year's window on the day it was made, and marked as history; live periods keep every check. */
@QuarkusTest
class RegistrationHistoryTest {

    private static io.restassured.response.Response register(String campaign, String registeredOn) {
        return register(campaign, registeredOn, DemoIds.CUC_PBGDPL_TGPL);
    }

    private static io.restassured.response.Response register(String campaign, String registeredOn, java.util.UUID unit) {
        return Tokens.as("unit-head", unit).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s","registeredOn":%s}""".formatted(CatalogDemoIds.TTLDXS,
                        registeredOn == null ? "null" : "\"" + registeredOn + "\""))
                .post("/api/v1/campaigns/" + campaign + "/registrations");
    }

    @Test
    void shouldJudgeAPastRegistrationAgainstThatYearsWindowAndMarkItAsHistory() {
        java.util.UUID unit = java.util.UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"Cục Lịch sử thử 2019\",\"kind\":\"CUC\",\"validFrom\":\"2000-01-01\"}")
                .post("/api/v1/units").then().statusCode(201).extract().<String>path("id"));
        String campaign = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Phong trào năm 2019 (nhập lịch sử)","type":"THEMATIC","scope":"SECTOR","startDate":"2019-01-02",
                         "endDate":"2019-12-20","registrationDeadline":"2019-03-31","targetSelector":"LIST","targetUnitIds":["%s"]}"""
                        .formatted(unit))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        CampaignFixtures.advance(campaign, "launch");
        // today the 2019 window is closed
        register(campaign, null, unit).then().statusCode(409).body("detail", containsString("31/03/2019"));
        // a day after that year's deadline: refused even as history
        register(campaign, "2019-04-01", unit).then().statusCode(409);
        String id = register(campaign, "2019-02-15", unit).then().statusCode(201).body("registeredOn", equalTo("2019-02-15"))
                .body("enteredBy", equalTo("unit-head")).extract().path("id");
        Tokens.as("unit-head", unit).post("/api/v1/campaigns/" + campaign + "/registrations/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseHistoryIntoALivePeriod() {
        String campaign = CampaignFixtures.launched("Phong trào đang diễn ra (không nhập lịch sử)");
        register(campaign, CampaignFixtures.TODAY.minusDays(5).toString()).then().statusCode(409)
                .body("detail", containsString("chưa kết thúc"));
        register(campaign, null).then().statusCode(201).body("registeredOn", equalTo(null)).body("enteredBy", equalTo(null));
    }

    @Test
    void shouldTakeTodayUnlessEnteredAsHistoryOfAnEndedPeriod() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(RegistrationPolicy.judgedOn(null, LocalDate.of(2019, 12, 31), today)).isEqualTo(today);
        assertThat(RegistrationPolicy.judgedOn(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 12, 31), today)).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThatThrownBy(() -> RegistrationPolicy.judgedOn(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), today))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RegistrationPolicy.judgedOn(LocalDate.of(2026, 2, 1), today, today)).isInstanceOf(ApiProblem.class);
    }
}
