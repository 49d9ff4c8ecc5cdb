package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EvidenceAndStatePerYearPolicyTest {

    private static NominationCase dossier(String award, String level, Set<String> documents, LocalDate date, List<String> otherState) {
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
        assertThat(result.legalSource()).contains("[S28]").contains("[S48]");
    }

    @Test
    void evidenceIsNeededNotFailedWhenADocumentIsMissingAndNamesIt() {
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of("TO_TRINH"), LocalDate.of(2025, 12, 31), List.of());
        var result = evidence.evaluate(c, RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(result.blocks()).isFalse();
        assertThat(result.explanation()).contains("BAO_CAO_THANH_TICH").doesNotContain("TO_TRINH,");
        var none = evidence.evaluate(dossier(AwardCode.BK_BO, "MINISTRY", Set.of(), LocalDate.of(2025, 12, 31), List.of()),
                RuleParameters.defaults());
        assertThat(none.explanation()).contains("TO_TRINH, BAO_CAO_THANH_TICH");
    }

    @Test
    void theEngineSumsMissingEvidenceUpAsNeedsEvidenceNotFail() {
        var engine = new EligibilityEngine(List.of(new EvidencePolicy(), new PendingCasePolicy()));
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of(), LocalDate.of(2025, 12, 31), List.of());
        assertThat(engine.check(c, RuleParameters.defaults()).overall()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void statePerYearFailsASecondStateAwardInAYearWhileTheRuleWasInForce() {
        var c = dossier("HCLD_3", "STATE", Set.of(), LocalDate.of(2023, 12, 31), List.of("đã tặng CSTDTQ (QĐ 1/QĐ-TTg)"));
        assertThat(statePerYear.appliesTo(c)).isTrue();
        var result = statePerYear.evaluate(c, RuleParameters.defaults().withStatePerYear(true));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.explanation()).contains("CSTDTQ");
        assertThat(result.legalSource()).contains("08/2017/TT-BNV").contains("[S78]");
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
        assertThat(result.explanation()).contains("not applied");
    }

    @Test
    void statePerYearDoesNotConcernLowerLevels() {
        var c = dossier(AwardCode.BK_BO, "MINISTRY", Set.of(), LocalDate.of(2023, 12, 31), List.of("x"));
        assertThat(statePerYear.appliesTo(c)).isFalse();
    }
}
