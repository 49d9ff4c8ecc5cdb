package vn.gov.moj.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The year dashboard against a period built here (every figure known) and against the demo period, whose clusters
 * must agree with the scoring overview computed independently.
 */
@QuarkusTest
class YearDashboardResourceTest {

    private static JsonPath dashboard(String role, Object periodId) {
        var request = Tokens.as(role);
        if (periodId != null) {
            request = request.queryParam("periodId", periodId);
        }
        return request.get("/api/v1/reports/year-dashboard").then().statusCode(200).extract().jsonPath();
    }

    private static String created(String path, String body) {
        return Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void anOctoberPeriodCountsTheAwardsOfTheYearItEndsInOnly() {
        // Issue 19: 1 Oct 1965 – 30 Sep 1966 is ledger year 1966; the 1965 award belongs to the period before it.
        String cuc = created("/api/v1/units", "{\"name\":\"Cục năm thi đua tháng 10\",\"kind\":\"CUC\",\"validFrom\":\"1950-01-01\"}");
        String ha = created("/api/v1/people", ("{\"fullName\":\"Lê Thị Hà\",\"unitId\":\"%s\",\"position\":\"Chuyên viên\",\"leader\":false,"
                + "\"employmentType\":\"CIVIL_SERVANT\"}").formatted(cuc));
        String period = created("/api/v1/periods", "{\"label\":\"1965–1966\",\"startDate\":\"1965-10-01\",\"endDate\":\"1966-09-30\"}");
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body("""
                awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy
                LDTT,%1$s,,1966,11/QĐ,1966-10-20,
                LDTT,%1$s,,1965,12/QĐ,1965-10-20,
                """.formatted(ha))
                .post("/api/v1/awards/imports").then().statusCode(200);

        JsonPath d = dashboard("viewer", period);
        assertThat(d.getString("startDate")).isEqualTo("1965-10-01");
        assertThat(d.getString("endDate")).isEqualTo("1966-09-30");
        assertThat(d.getList("awardsByLevel.individualAwards", Integer.class)).containsExactly(1, 0, 0, 0);
    }

    @Test
    void shouldShowABuiltPeriodExactly() {
        // Units and people of their own, existing in 1963 (the demo units start later).
        String cuc = created("/api/v1/units", "{\"name\":\"Cục Bảng điều hành thử\",\"kind\":\"CUC\",\"validFrom\":\"1950-01-01\"}");
        String vu = created("/api/v1/units", "{\"name\":\"Vụ Bảng điều hành thử\",\"kind\":\"VU\",\"validFrom\":\"1950-01-01\"}");
        String person = "{\"fullName\":\"%s\",\"unitId\":\"%s\",\"position\":\"Chuyên viên\",\"leader\":false,\"employmentType\":\"CIVIL_SERVANT\"}";
        String lan = created("/api/v1/people", person.formatted("Nguyễn Thị Lan", cuc));
        String minh = created("/api/v1/people", person.formatted("Trần Văn Minh", vu));
        String period = created("/api/v1/periods", "{\"label\":\"1963\"}");
        String cluster = Tokens.as("secretariat").contentType(ContentType.JSON).body("""
                {"periodId":"%s","name":"Cụm thử bảng điều hành","kind":"CUM","memberUnitIds":["%s","%s"],"headUnitId":"%s"}"""
                .formatted(period, cuc, vu, cuc))
                .post("/api/v1/clusters").then().statusCode(201).extract().path("id");
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body("""
                awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy
                LDTT,%1$s,,1963,1/QĐ,1964-01-10,
                LDTT,%2$s,,1963,1/QĐ,1964-01-10,
                CSTD_NGANH,%1$s,,1963,2/QĐ,1964-01-10,
                TTLDXS,,%3$s,1963,3/QĐ,1964-01-10,
                LDTT,%2$s,,1962,4/QĐ,1963-01-10,
                """.formatted(lan, minh, cuc))
                .post("/api/v1/awards/imports").then().statusCode(200);

        JsonPath d = dashboard("viewer", period);
        assertThat(d.getString("periodLabel")).isEqualTo("1963");
        assertThat(d.getString("startDate")).isEqualTo("1963-01-01");
        assertThat(d.getList("clusters")).hasSize(1);
        assertThat(d.getMap("clusters[0]")).containsEntry("clusterId", cluster).containsEntry("members", 2)
                .containsEntry("submittedSheets", 0).containsEntry("verifiedSheets", 0).containsEntry("lockedSheets", 0)
                .containsEntry("rankingPublished", false).containsEntry("elections", 0).containsEntry("electionsHeld", 0)
                .containsEntry("dossiers", 0);
        assertThat(d.getInt("participation.campaigns")).isZero();
        assertThat(d.getInt("participation.targetUnits")).isZero();
        assertThat(d.getList("participation.registrationsByStatus.status")).containsExactly("DRAFT", "SUBMITTED", "APPROVED", "RETURNED");
        assertThat(d.getList("participation.registrationsByStatus.registrations", Integer.class)).containsOnly(0);
        assertThat(d.getList("dossiersByState")).isEmpty();
        // The 1962 award is another year's: left out.
        assertThat(d.getList("awardsByLevel.level")).containsExactly("UNIT", "MINISTRY", "GOVERNMENT", "STATE");
        assertThat(d.getList("awardsByLevel.individualAwards", Integer.class)).containsExactly(2, 1, 0, 0);
        assertThat(d.getList("awardsByLevel.collectiveAwards", Integer.class)).containsExactly(0, 1, 0, 0);
    }

    @Test
    void shouldAgreeWithTheScoringOverviewOnTheDemoPeriod() {
        JsonPath d = dashboard("secretariat", DemoIds.PERIOD_2026);
        JsonPath overview = Tokens.as("secretariat").queryParam("periodId", DemoIds.PERIOD_2026).get("/api/v1/reports/scoring")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> clusters = d.getList("clusters");
        assertThat(clusters).extracting(c -> c.get("clusterId")).contains(DemoIds.CUM_III_2026.toString())
                .containsExactlyInAnyOrderElementsOf(overview.getList("clusters.clusterId"));
        for (Map<String, Object> c : clusters) {
            Map<String, Object> o = overview.getMap("clusters.find { it.clusterId == '" + c.get("clusterId") + "' }");
            assertThat(c.get("members")).isEqualTo(o.get("members"));
            assertThat(c.get("submittedSheets")).isEqualTo(o.get("submittedSheets"));
            assertThat(c.get("verifiedSheets")).isEqualTo(o.get("verifiedSheets"));
            assertThat(c.get("lockedSheets")).isEqualTo(o.get("lockedSheets"));
            assertThat(c.get("rankingPublished")).isEqualTo(o.get("published"));
        }
        // The demo cluster III has one election set up (db/demo/V30__voting.sql).
        assertThat(d.getInt("clusters.find { it.clusterId == '" + DemoIds.CUM_III_2026 + "' }.elections")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldDefaultToThePeriodTodayFallsIn() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String> containing = Tokens.as("viewer").queryParam("containing", today.toString()).get("/api/v1/periods")
                .then().statusCode(200).extract().path("items.id");
        JsonPath d = dashboard("viewer", null);
        if (!containing.isEmpty()) {
            assertThat(d.getString("periodId")).isEqualTo(containing.get(0));
        } else {
            assertThat(LocalDate.parse(d.getString("startDate"))).isBeforeOrEqualTo(today);
        }
    }

    @Test
    void shouldRefuseRolesThatDoNotReadSectorReports() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/reports/year-dashboard").then().statusCode(403);
        Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).get("/api/v1/reports/year-dashboard").then().statusCode(403);
    }

    @Test
    void shouldAnswerAProblemForAnUnknownOrMalformedPeriod() {
        Tokens.as("viewer").queryParam("periodId", "00000000-0000-4000-8000-00000fffffff").get("/api/v1/reports/year-dashboard")
                .then().statusCode(404).contentType("application/problem+json");
        Tokens.as("viewer").queryParam("periodId", "not-a-period").get("/api/v1/reports/year-dashboard")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }
}
