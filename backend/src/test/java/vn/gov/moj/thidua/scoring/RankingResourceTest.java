package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.moj.thidua.support.DemoIds.CUC_DKGDBD_BTNN;
import static vn.gov.moj.thidua.support.DemoIds.CUC_HCTP;
import static vn.gov.moj.thidua.support.DemoIds.CUC_PBGDPL_TGPL;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

@QuarkusTest
class RankingResourceTest {

    @Test
    void shouldRankTheDemoClusterBreakingTheTieOnTotalBySectionA() {
        // 108 and 203 both total 87.75; 108 has 53.5 in section A against 52.75.
        Tokens.as("viewer").queryParam("periodId", DemoIds.PERIOD_2026)
                .get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/ranking").then().statusCode(200)
                .body("published", equalTo(false))
                .body("tieBreak", contains("SECTION:A", "FEWER_DEDUCTIONS"))
                .body("rows.unitId", contains(CUC_DKGDBD_BTNN.toString(), ScoringDemoIds.CUC_QLTHADS.toString(),
                        ScoringDemoIds.CUC_BTTP.toString(), CUC_HCTP.toString()))
                .body("rows.total", contains(99.5f, 89.0f, 87.75f, 87.75f))
                .body("rows.rank", contains(1, 2, 3, 4))
                .body("rows.tied", contains(false, false, false, false))
                .body("rows[2].tieBreakValues", contains(53.5f, 0.0f))
                .body("rows[3].tieBreakValues", contains(52.75f, -2.0f))
                .body("pendingUnits.unitId", hasItems(CUC_PBGDPL_TGPL.toString(), ScoringDemoIds.VU_HTQT.toString()));
    }

    @Test
    void shouldRefuseARankingOfAnotherPeriod() {
        Tokens.as("viewer").queryParam("periodId", DemoIds.PERIOD_2020)
                .get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/ranking").then().statusCode(400);
    }

    @Test
    void shouldShowWhereTheClusterCutSelfScoresMost() {
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/score-cuts").then().statusCode(200)
                .body("byUnit.unitId", contains(ScoringDemoIds.CUC_QLTHADS.toString(), CUC_HCTP.toString(), CUC_DKGDBD_BTNN.toString()))
                .body("byUnit.cut", contains(5.0f, 3.25f, 0.5f))
                .body("byUnit[0].criteriaCut", equalTo(2))
                .body("byCriterion.criterionCode", contains("A.1", "D.1", "E.1", "A.2", "A.4"))
                .body("byCriterion[0].totalCut", equalTo(3.0f))
                .body("byCriterion[0].text", startsWith("Tỷ lệ hoàn thành nhiệm vụ"));
        Tokens.as("unit-officer", DemoIds.STP_LANG_SON).get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/score-cuts").then().statusCode(404);
    }

    @Test
    void shouldFlagATieAndPublishOnceEverySheetIsLocked() {
        var world = ScoringFixtures.world("2047", List.of(CUC_DKGDBD_BTNN, CUC_HCTP, CUC_PBGDPL_TGPL));
        UUID head = ScoringFixtures.openSheet(world.clusterId(), CUC_DKGDBD_BTNN);
        UUID deputy = ScoringFixtures.openSheet(world.clusterId(), CUC_HCTP);
        UUID member = ScoringFixtures.openSheet(world.clusterId(), CUC_PBGDPL_TGPL);
        ScoringFixtures.scoreAll(head, CUC_DKGDBD_BTNN, "6");
        ScoringFixtures.scoreAll(deputy, CUC_HCTP, "6");
        ScoringFixtures.scoreAll(member, CUC_PBGDPL_TGPL, "8");
        String ranking = "/api/v1/clusters/" + world.clusterId() + "/ranking";

        // Drafts are not ranked, and nobody outside the cluster sees a draft ranking.
        Tokens.as("unit-officer", CUC_HCTP).get(ranking).then().statusCode(200).body("rows.size()", equalTo(0))
                .body("pendingUnits.size()", equalTo(3));
        ScoringFixtures.submit(head, CUC_DKGDBD_BTNN);
        ScoringFixtures.submit(deputy, CUC_HCTP);
        ScoringFixtures.submit(member, CUC_PBGDPL_TGPL);

        Tokens.as("unit-officer", CUC_HCTP).get(ranking).then().statusCode(200)
                .body("published", equalTo(false))
                .body("rows[0].unitId", equalTo(CUC_PBGDPL_TGPL.toString()))
                .body("rows.rank", contains(1, 2, 2))
                .body("rows.tied", contains(false, true, true))
                .body("rows[0].total", equalTo(13.75f));
        Tokens.as("unit-officer", DemoIds.STP_LANG_SON).get(ranking).then().statusCode(404);

        // The cluster cuts the deputy by one point on A.2: the tie is broken.
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(deputy, CUC_HCTP))
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":5,\"reason\":\"Một nhiệm vụ chưa hoàn thành\"}]}")
                .put("/api/v1/score-sheets/" + deputy + "/verification").then().statusCode(200);
        for (UUID sheet : List.of(deputy, member)) {
            Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post("/api/v1/score-sheets/" + sheet + "/verify").then().statusCode(200);
            Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post("/api/v1/score-sheets/" + sheet + "/lock").then().statusCode(200);
        }
        Tokens.as("cluster-lead", CUC_HCTP).post("/api/v1/score-sheets/" + head + "/verify").then().statusCode(200);
        Tokens.as("unit-officer", CUC_HCTP).get(ranking).then().statusCode(200)
                .body("published", equalTo(false))
                .body("rows.unitId", contains(CUC_PBGDPL_TGPL.toString(), CUC_DKGDBD_BTNN.toString(), CUC_HCTP.toString()))
                .body("rows.total", contains(13.75f, 11.75f, 10.75f))
                .body("rows.tied", contains(false, false, false));
        Tokens.as("cluster-lead", CUC_HCTP).post("/api/v1/score-sheets/" + head + "/lock").then().statusCode(200);

        // Every sheet locked: the ranking is published to everyone.
        Tokens.as("unit-officer", DemoIds.STP_LANG_SON).get(ranking).then().statusCode(200).body("published", equalTo(true));
        Tokens.as("unit-officer", DemoIds.STP_LANG_SON).get(ranking + "/export").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("Hạng,Đồng hạng,Đơn vị"))
                .body(containsString("\"Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý\",LOCKED,13.75"));
        byte[] workbook = Tokens.as("unit-officer", DemoIds.STP_LANG_SON).queryParam("format", "xlsx").get(ranking + "/export")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .extract().asByteArray();
        assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK"); // a zip, as xlsx is
        Tokens.as("unit-officer", DemoIds.STP_LANG_SON).queryParam("format", "pdf").get(ranking + "/export").then().statusCode(400);
    }
}
