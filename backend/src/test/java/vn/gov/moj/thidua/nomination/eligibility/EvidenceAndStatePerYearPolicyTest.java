package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.EN;
import static vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.VI;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EvidenceAndStatePerYearPolicyTest {

    private static NominationCase dossier(String award, String level, Set<String> documents, LocalDate date, List<?> otherState) {
        var c = Records.nominate(award, date.getYear(), Records.person().build());
        return new NominationCase(c.awardCode(), c.year(), c.person(), c.collective(), c.quota(), c.citedInitiatives(),
                new NominationCase.Dossier(documents, date, "FORM", level, List.of(), otherState));
    }

    private final EvidencePolicy evidence = new EvidencePolicy();
    private final StatePerYearPolicy statePerYear = new StatePerYearPolicy();

    @Test
    void evidencePassesWhenTheToTrinhAndTheAchievementReportAreAttached() {
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of("TO_TRINH", "BAO_CAO_THANH_TICH", "EVIDENCE"), LocalDate.of(2025, 12, 31), List.of());
        assertThat(evidence.appliesTo(c)).isTrue();
        var result = evidence.evaluate(c, RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(EligibilityTexts.citations("R-EVIDENCE", VI)).extracting(EligibilityTexts.Citation::binding)
                .containsExactly(EligibilityTexts.Binding.LAW, EligibilityTexts.Binding.PRACTICE);
        assertThat(EligibilityTexts.citations("R-EVIDENCE", VI).get(0).text()).contains("Phụ lục I").contains("Nghị định số 98/2023/NĐ-CP");
        assertThat(EligibilityTexts.citations("R-EVIDENCE", VI).get(1).text()).contains("5007/BNV-TĐKT").contains("Đồng Tháp");
        assertThat(result.explanation(VI)).isEqualTo("Hồ sơ đã có tờ trình; báo cáo thành tích");
    }

    @Test
    void evidenceIsNeededNotFailedWhenADocumentIsMissingAndNamesIt() {
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of("TO_TRINH"), LocalDate.of(2025, 12, 31), List.of());
        var result = evidence.evaluate(c, RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(result.blocks()).isFalse();
        assertThat(result.explanation(VI)).isEqualTo("Hồ sơ còn thiếu: báo cáo thành tích");
        assertThat(result.explanation(EN)).isEqualTo("The dossier lacks: achievement report");
        var none = evidence.evaluate(dossier(AwardCode.BK_BO, "MINISTRY", Set.of(), LocalDate.of(2025, 12, 31), List.of()),
                RuleParameters.defaults());
        assertThat(none.explanation(VI)).isEqualTo("Hồ sơ còn thiếu: tờ trình; báo cáo thành tích");
    }

    @Test
    void theEngineSumsMissingEvidenceUpAsNeedsEvidenceNotFail() {
        var engine = new EligibilityEngine(List.of(new EvidencePolicy(), new PendingCasePolicy()));
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of(), LocalDate.of(2025, 12, 31), List.of());
        assertThat(engine.check(c, RuleParameters.defaults()).overall()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void statePerYearFailsASecondStateAwardInAYearWhileTheRuleWasInForce() {
        var c = dossier("HCLD_3", "STATE", Set.of(), LocalDate.of(2023, 12, 31),
                List.of(Fact.phrase("neighbour.award", Fact.award(AwardCode.CSTDTQ), "1/QĐ-TTg")));
        assertThat(statePerYear.appliesTo(c)).isTrue();
        var result = statePerYear.evaluate(c, RuleParameters.defaults().withStatePerYear(true));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.explanation(VI))
                .isEqualTo("Năm 2023 đã có khen thưởng cấp Nhà nước: đã được tặng Chiến sĩ thi đua toàn quốc (quyết định số 1/QĐ-TTg)");
        assertThat(result.explanation(EN)).isEqualTo("Already has a State-level award in 2023: awarded National Emulation Fighter (decision 1/QĐ-TTg)");
        assertThat(EligibilityTexts.citations("R-STATE-PER-YEAR", VI).get(0).text()).contains("Thông tư số 08/2017/TT-BNV");
    }

    @Test
    void statePerYearPassesTheFirstStateAwardWhileInForce() {
        var c = dossier("HCLD_3", "STATE", Set.of(), LocalDate.of(2023, 12, 31), List.of());
        assertThat(statePerYear.evaluate(c, RuleParameters.defaults().withStatePerYear(true)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void statePerYearIsNotAppliedAfterItWasSuperseded() {
        var c = dossier("HCLD_3", "STATE", Set.of(), LocalDate.of(2025, 12, 31), List.of("đã tặng CSTDTQ (QĐ 1/QĐ-TTg)"));
        var result = statePerYear.evaluate(c, RuleParameters.defaults().withStatePerYear(false));
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.explanation(EN)).contains("not applied");
        assertThat(result.explanation(VI)).isEqualTo("Quy định không còn hiệu lực vào ngày 31/12/2025; không áp dụng");
    }

    @Test
    void statePerYearDoesNotConcernLowerLevels() {
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of(), LocalDate.of(2023, 12, 31), List.of("x"));
        assertThat(statePerYear.appliesTo(c)).isFalse();
    }
}
