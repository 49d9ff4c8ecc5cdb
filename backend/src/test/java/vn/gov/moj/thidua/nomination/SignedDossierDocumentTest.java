package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.TestPki;
import vn.gov.moj.thidua.support.Tokens;

/**
 * A dossier's tờ trình uploaded as a PDF: its signatures checked by EU DSS and the result kept with the file (valid,
 * unsigned, or invalid with its reason); a damaged file is refused with nothing stored; R-EVIDENCE reads the result
 * from the date the dated parameter R-EVIDENCE-SIGNED (V73) makes the signature a duty.
 */
@QuarkusTest
class SignedDossierDocumentTest {

    @Inject
    RuleBook rules;

    private static ValidatableResponse upload(String id, byte[] pdf) {
        return Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).header("Accept-Language", "vi").multiPart("kind", "TO_TRINH")
                .multiPart("file", "to-trinh.pdf", pdf, "application/pdf").post("/api/v1/nominations/" + id + "/documents").then();
    }

    private static String dossier() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        NominationFixtures.attachDocument(id, NominationFixtures.XA_HUU_LUNG, "BAO_CAO_THANH_TICH");
        return id;
    }

    private static int documents(String id) {
        return Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id + "/documents").then()
                .statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void theDutyStartsOnTheParametersDateWithItsSource() {
        assertThat(rules.valueOn("R-EVIDENCE-SIGNED", "TO_TRINH", LocalDate.of(2024, 12, 31)).map(RuleValue::flag)).contains(false);
        assertThat(rules.valueOn("R-EVIDENCE-SIGNED", "TO_TRINH", LocalDate.of(2025, 1, 1))).hasValueSatisfying(v -> {
            assertThat(v.flag()).isTrue();
            assertThat(v.legalSource()).contains("Nghị định 30/2020/NĐ-CP").contains("68/2024/NĐ-CP");
            assertThat(v.verified()).isFalse();
        });
    }

    @Test
    void anUnsignedToTrinhIsRecordedAsUnsignedAndTheEvidenceRuleAsksForTheSignature() {
        String id = dossier();
        upload(id, NominationFixtures.minimalPdf()).statusCode(201).body("signature.status", equalTo("UNSIGNED"))
                .body("signature.signerName", nullValue());
        assertThat(EligibilityRulesTest.verdict(id, "R-EVIDENCE")).isEqualTo("NEEDS_EVIDENCE");
        assertThat(EligibilityRulesTest.explanation(id, "R-EVIDENCE")).contains("Từ ngày 01/01/2025, tờ trình phải có chữ ký số hợp lệ")
                .contains("Nghị định 30/2020/NĐ-CP").contains("chưa được ký số");
    }

    @Test
    void aToTrinhSignedUnderTheTrustListIsValidAndPassesTheEvidenceRule() throws Exception {
        String id = dossier();
        upload(id, TestPki.trustedUnitHead().sign(NominationFixtures.minimalPdf())).statusCode(201)
                .body("signature.status", equalTo("VALID")).body("signature.signerName", equalTo("Thủ Trưởng Đơn Vị"))
                .body("signature.indication", equalTo("TOTAL_PASSED")).body("signature.reason", nullValue());
        assertThat(EligibilityRulesTest.verdict(id, "R-EVIDENCE")).isEqualTo("PASS");
        assertThat(EligibilityRulesTest.explanation(id, "R-EVIDENCE")).contains("tờ trình đã được ký số hợp lệ");
    }

    @Test
    void aToTrinhOfAnUntrustedSignerIsKeptAsInvalidWithItsReason() throws Exception {
        String id = dossier();
        upload(id, TestPki.ca("CA lạ").issue("Người Lạ").sign(NominationFixtures.minimalPdf())).statusCode(201)
                .body("signature.status", equalTo("INVALID")).body("signature.signerName", equalTo("Người Lạ"))
                .body("signature.reason", containsString("không thuộc danh sách tổ chức chứng thực được tin cậy"));
        assertThat(EligibilityRulesTest.verdict(id, "R-EVIDENCE")).isEqualTo("NEEDS_EVIDENCE");
        assertThat(EligibilityRulesTest.explanation(id, "R-EVIDENCE")).contains("không hợp lệ").contains("Người Lạ");
    }

    @Test
    void aDamagedOrUnreadableToTrinhIsRefusedAndNothingIsStored() throws Exception {
        String id = dossier();
        int before = documents(id);
        byte[] signed = TestPki.trustedUnitHead().sign(NominationFixtures.minimalPdf());
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 12);
        upload(id, appended).statusCode(422).contentType("application/problem+json").body("type", containsString("signature-refused"))
                .body("detail", containsString("bao trùm toàn bộ tệp"));
        upload(id, "%PDF-1.4 không phải PDF thật".getBytes(StandardCharsets.UTF_8)).statusCode(422)
                .body("detail", containsString("Không đọc được tệp PDF"));
        assertThat(documents(id)).isEqualTo(before);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id + "/documents").then()
                .body("$", hasSize(before));
    }
}
