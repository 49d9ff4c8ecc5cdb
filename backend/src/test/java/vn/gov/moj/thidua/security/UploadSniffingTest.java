package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.contract.DatabaseFingerprint;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Every upload endpoint checks the content's first bytes against the declared type: a mismatch is 415 and stores nothing. */
@QuarkusTest
class UploadSniffingTest {

    static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aFileWhoseContentBeliesItsTypeIsRefusedEverywhere() {
        Map<String, String> before = DatabaseFingerprint.take();
        Tokens.as("secretariat").multiPart("file", "ke-hoach.pdf", EXE, "application/pdf")
                .post("/api/v1/campaigns/" + DemoIds.id(110001) + "/documents")
                .then().statusCode(415).contentType("application/problem+json");
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).multiPart("kind", "EVIDENCE")
                .multiPart("file", "anh.png", "%PDF-1.4 not a png".getBytes(), "image/png")
                .post("/api/v1/nominations/" + DemoIds.id(420001) + "/documents")
                .then().statusCode(415).contentType("application/problem+json");
        Tokens.as("secretariat").contentType(XLSX).body("awardType,personId\nCSTDCS,x\n".getBytes())
                .post("/api/v1/awards/imports").then().statusCode(415).contentType("application/problem+json");
        Tokens.as("secretariat").contentType("text/csv").body(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 })
                .post("/api/v1/awards/imports").then().statusCode(415);
        Tokens.as("secretariat").contentType(XLSX).queryParam("periodId", DemoIds.PERIOD_2026.toString()).body(EXE)
                .post("/api/v1/scoring-templates/import").then().statusCode(415).contentType("application/problem+json");
        assertThat(DatabaseFingerprint.take()).isEqualTo(before);
    }
}
