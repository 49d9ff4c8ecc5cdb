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
        byte[] pdf = Tokens.as("viewer").get("/api/v1/voting-sessions/" + DEMO_2019_CO_NGANH + "/minutes").then().statusCode(200)
                .extract().asByteArray();
        String head = Tokens.as("admin").get("/api/v1/audit-events/verify").then().statusCode(200).extract().path("headHash");
        assertThat(head).matches("[0-9a-f]{64}");
        assertThat(PdfRendererFooterTest.text(pdf)).contains("Nhật ký kiểm toán: " + head);
    }
}
