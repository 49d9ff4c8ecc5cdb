package vn.gov.moj.thidua.campaign;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** A covenant records a cluster's members, targets, signing date and conference for the cluster's period. */
@QuarkusTest
class CovenantResourceTest {

    private static final String BODY = """
            {"clusterId":"%s","title":"Giao ước bổ sung %s","signedOn":"2026-04-01",
             "conference":"Hội nghị Cụm III mở rộng","memberUnitIds":%s,
             "goals":[{"text":"Hoàn thành 100%% nhiệm vụ","quantity":100,"measure":"%%"}]}""";

    @Test
    void shouldListTheDemoCovenantWithItsMembersAndTargets() {
        Tokens.as("viewer").queryParam("periodId", DemoIds.PERIOD_2026).get("/api/v1/covenants")
                .then().statusCode(200)
                .body("items.title", hasItem("Giao ước thi đua năm 2026 – Cụm thi đua số III khối các đơn vị thuộc Bộ"))
                .body("items.find { it.clusterId == '%s' }.members".formatted(DemoIds.CUM_III_2026), hasSize(6))
                .body("items.find { it.clusterId == '%s' }.periodLabel".formatted(DemoIds.CUM_III_2026), equalTo("2026"));
    }

    @Test
    void shouldLetTheSecretariatOrTheClustersHeadRecordACovenant() {
        Tokens.as("secretariat").contentType(ContentType.JSON).body(BODY.formatted(DemoIds.CUM_III_2026, "A", "null"))
                .post("/api/v1/covenants").then().statusCode(201).body("members", hasSize(6));
        Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).contentType(ContentType.JSON)
                .body(BODY.formatted(DemoIds.CUM_III_2026, "B", "[\"%s\",\"%s\"]".formatted(DemoIds.CUC_HCTP, DemoIds.CUC_DKGDBD_BTNN)))
                .post("/api/v1/covenants").then().statusCode(201).body("members", hasSize(2));
        Tokens.as("cluster-lead", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body(BODY.formatted(DemoIds.CUM_III_2026, "C", "null"))
                .post("/api/v1/covenants").then().statusCode(403);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body(BODY.formatted(DemoIds.CUM_III_2026, "D", "null"))
                .post("/api/v1/covenants").then().statusCode(403);
    }

    @Test
    void shouldRefuseAMemberFromOutsideTheCluster() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body(BODY.formatted(DemoIds.CUM_III_2026, "E", "[\"%s\"]".formatted(DemoIds.STP_LANG_SON)))
                .post("/api/v1/covenants").then().statusCode(400).body("errors.field", hasItem("memberUnitIds"));
    }
}
