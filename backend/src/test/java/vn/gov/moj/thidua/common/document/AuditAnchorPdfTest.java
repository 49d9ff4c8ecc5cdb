package vn.gov.moj.thidua.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** A PDF served by the application prints the audit chain's current head, as the chain verification reports it. */
@QuarkusTest
class AuditAnchorPdfTest {

    /** The published 2019 Cờ thi đua ngành election of the demo data (db/demo V30). */
    static final UUID DEMO_2019_CO_NGANH = DemoIds.id(120001);

    @Test
    void theMinutesPrintTheCurrentHeadHash() throws Exception {
        // an audited change first, so the chain has a head whatever ran before (a draft session's creation)
        Tokens.as("secretariat").contentType(io.restassured.http.ContentType.JSON)
                .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Phiên thử neo kiểm toán\",\"sessionDate\":\"2026-11-20\",\"mode\":\"PAPER\","
                        + "\"rules\":{\"threshold\":\"1/2\",\"base\":\"VOTES_CAST\",\"seats\":1,\"maxChoices\":1},\"candidates\":[{\"kind\":"
                        + "\"NOMINATION\",\"ref\":\"" + UUID.randomUUID() + "\",\"label\":\"Hồ sơ A\"}],\"electorate\":[{\"key\":\"m1\",\"label\":\"A\"}]}")
                .post("/api/v1/voting-sessions").then().statusCode(201);
        byte[] pdf = Tokens.as("viewer").get("/api/v1/voting-sessions/" + DEMO_2019_CO_NGANH + "/minutes").then().statusCode(200)
                .extract().asByteArray();
        String head = Tokens.as("admin").get("/api/v1/audit-events/verify").then().statusCode(200).extract().path("headHash");
        assertThat(head).matches("[0-9a-f]{64}");
        assertThat(PdfRendererFooterTest.text(pdf)).contains("Nhật ký kiểm toán: " + head);
    }
}
