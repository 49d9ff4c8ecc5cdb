package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.EN;
import static vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.VI;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * R-EVIDENCE with the dated duty R-EVIDENCE-SIGNED: from the parameter's date the tờ trình must carry a valid digital
 * signature (our reading of Nghị định 30/2020/NĐ-CP and 68/2024/NĐ-CP); before it, or when signed and valid, it passes.
 */
class SignedEvidencePolicyTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final String SOURCE = "Nghị định 30/2020/NĐ-CP; Nghị định 68/2024/NĐ-CP";

    private final EvidencePolicy evidence = new EvidencePolicy();

    private static NominationCase dossier(List<NominationCase.Signing> signing) {
        var c = Records.nominate(AwardCode.BK_BO, 2025, Records.person().build());
        return new NominationCase(c.awardCode(), c.year(), c.person(), c.collective(), c.quota(), c.citedInitiatives(),
                new NominationCase.Dossier(Set.of("TO_TRINH", "BAO_CAO_THANH_TICH"), LocalDate.of(2025, 12, 31), "FORM", "MINISTRY", List.of(),
                        List.of(), signing));
    }

    private static NominationCase.Signing duty(String state, String reason) {
        return new NominationCase.Signing("TO_TRINH", FROM, SOURCE, state, reason);
    }

    @Test
    void beforeTheDutyAnUnsignedToTrinhPasses() {
        // the service passes no duty when the parameter in force on the dossier's date is false (before 01/01/2025)
        var result = evidence.evaluate(dossier(List.of()), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.explanation(VI)).isEqualTo("Hồ sơ đã có tờ trình; báo cáo thành tích");
    }

    @Test
    void fromTheDutyAnUnsignedToTrinhDoesNotPassAndSaysFromWhenAndWhy() {
        var result = evidence.evaluate(dossier(List.of(duty("UNSIGNED", null))), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(result.explanation(VI)).contains("Từ ngày 01/01/2025, tờ trình phải có chữ ký số hợp lệ").contains(SOURCE)
                .contains("cách hiểu của ThiĐua").contains("chưa được ký số");
        assertThat(result.explanation(EN)).contains("must carry a valid digital signature").contains("not digitally signed");
    }

    @Test
    void fromTheDutyAnInvalidSignatureDoesNotPassWithItsReason() {
        var result = evidence.evaluate(dossier(List.of(duty("INVALID", "Chứng thư số của A đã bị thu hồi"))), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(result.explanation(VI)).contains("không hợp lệ: Chứng thư số của A đã bị thu hồi");
    }

    @Test
    void fromTheDutyAValidSignaturePasses() {
        var result = evidence.evaluate(dossier(List.of(duty("VALID", null))), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.explanation(VI)).isEqualTo("Hồ sơ đã có tờ trình; báo cáo thành tích; tờ trình đã được ký số hợp lệ (bắt buộc từ ngày 01/01/2025)");
    }
}
