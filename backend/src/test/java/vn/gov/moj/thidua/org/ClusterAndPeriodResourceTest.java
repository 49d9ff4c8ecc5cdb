package vn.gov.moj.thidua.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

@QuarkusTest
class ClusterAndPeriodResourceTest {

    @Test
    void shouldHoldThe2019ClusterIIIWithElevenMembers() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/clusters/" + DemoIds.CUM_III_2019)
                .then().statusCode(200)
                .body("memberCount", equalTo(11))
                .body("members.unitName", hasItems("Cục Trợ giúp pháp lý", "Cục Con nuôi", "Trung tâm Lý lịch tư pháp quốc gia"));
    }

    @Test
    void shouldShowThe2020HeadAndDeputy() {
        Tokens.as("viewer").get("/api/v1/clusters/" + DemoIds.CUM_III_2020)
                .then().statusCode(200)
                .body("headUnitName", equalTo("Cục Đăng ký quốc gia giao dịch bảo đảm"))
                .body("members.find { it.role == 'DEPUTY' }.unitName", equalTo("Cục Con nuôi"));
    }

    @Test
    void shouldListClustersOfAPeriodAndOfAMember() {
        Tokens.as("viewer").queryParam("periodId", DemoIds.PERIOD_2019).queryParam("size", 200)
                .get("/api/v1/clusters")
                .then().statusCode(200)
                .body("items.id", hasItem(DemoIds.CUM_III_2019.toString()))
                .body("items.periodLabel", everyItem(equalTo("2019")));
        Tokens.as("viewer").queryParam("memberUnitId", DemoIds.CUC_CON_NUOI).queryParam("size", 200)
                .get("/api/v1/clusters")
                .then().statusCode(200)
                .body("items.id", hasItems(DemoIds.CUM_III_2019.toString(), DemoIds.CUM_III_2020.toString()))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(DemoIds.CUM_III_2026.toString())));
    }

    @Test
    void shouldRefuseAHeadWhoIsNotAMember() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"periodId":"%s","name":"Cụm thử","kind":"CUM","memberUnitIds":["%s"],"headUnitId":"%s"}"""
                        .formatted(DemoIds.PERIOD_2026, DemoIds.CUC_HCTP, DemoIds.STP_LANG_SON))
                .post("/api/v1/clusters")
                .then().statusCode(400).body("errors.field", hasItem("headUnitId"));
    }

    @Test
    void shouldRefuseAMemberThatNoLongerExistsInThePeriod() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"periodId":"%s","name":"Cụm thử 2","kind":"KHOI","memberUnitIds":["%s"]}"""
                        .formatted(DemoIds.PERIOD_2026, DemoIds.CUC_CON_NUOI))
                .post("/api/v1/clusters")
                .then().statusCode(400).body("errors.field", hasItem("memberUnitIds"));
    }

    @Test
    void shouldCreateAClusterWithHeadAndDeputy() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"periodId":"%s","name":"Khu vực thử nghiệm","kind":"KHU_VUC","memberUnitIds":["%s","%s"],
                         "headUnitId":"%s","deputyUnitIds":["%s"]}"""
                        .formatted(DemoIds.PERIOD_2026, DemoIds.STP_LANG_SON, DemoIds.CUC_HCTP, DemoIds.STP_LANG_SON, DemoIds.CUC_HCTP))
                .post("/api/v1/clusters")
                .then().statusCode(201)
                .body("headUnitName", equalTo("Sở Tư pháp tỉnh Lạng Sơn"))
                .body("memberCount", equalTo(2));
    }

    @Test
    void shouldCreateACalendarYearPeriodFromItsLabel() {
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"label\":\"2030\"}")
                .post("/api/v1/periods")
                .then().statusCode(201)
                .body("startDate", equalTo("2030-01-01"))
                .body("endDate", equalTo("2030-12-31"));
    }

    @Test
    void shouldAcceptAnOctoberStartAndRefuseOverlaps() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"label\":\"2077-2078\",\"startDate\":\"2077-10-01\",\"endDate\":\"2078-09-30\"}")
                .post("/api/v1/periods")
                .then().statusCode(201);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"label\":\"2078\"}")
                .post("/api/v1/periods")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldFindThePeriodContainingADay() {
        Tokens.as("viewer").queryParam("containing", "2026-05-19")
                .get("/api/v1/periods")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].label", equalTo("2026"));
    }
}
