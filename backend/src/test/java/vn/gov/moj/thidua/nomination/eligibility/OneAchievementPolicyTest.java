package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneAchievementPolicyTest {

    private final OneAchievementPolicy policy = new OneAchievementPolicy();

    @Test
    void passesWhenTheTitleIsNotYetHeldForTheYear() {
        var person = Records.person().holds(AwardCode.CSTDCS, 2023, 2024).build();
        assertThat(policy.evaluate(Records.nominate(AwardCode.CSTDCS, 2025, person), RuleParameters.defaults()).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void failsWhenTheSameTitleIsAlreadyHeldForTheYear() {
        var person = Records.person().holds(AwardCode.CSTDCS, 2025).build();
        var result = policy.evaluate(Records.nominate(AwardCode.CSTDCS, 2025, person), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.ruleId()).isEqualTo("R-ONE-ACHIEVEMENT");
    }

    private static NominationCase proposeForm(String award, String kind, java.util.List<?> otherForms) {
        var c = Records.nominate(award, 2025, Records.person().build());
        return new NominationCase(c.awardCode(), c.year(), c.person(), c.collective(), c.quota(), c.citedInitiatives(),
                new NominationCase.Dossier(java.util.Set.of(), java.time.LocalDate.of(2025, 12, 31), kind, "GOVERNMENT", otherForms,
                        java.util.List.of()));
    }

    @Test
    void passesAnAwardFormWhenNoOtherFormIsProposedOrGrantedForTheYear() {
        var result = policy.evaluate(proposeForm(AwardCode.BK_TTG, "FORM", java.util.List.of()), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void failsAnAwardFormWhenAnotherFormIsProposedForTheSameYearNamingIt() {
        var result = policy.evaluate(proposeForm(AwardCode.BK_TTG, "FORM", java.util.List.of(ministryDossier())), RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.explanation(EligibilityTexts.VI)).isEqualTo(
                "Năm 2025 đã đề nghị hoặc được tặng hình thức khen thưởng khác: hồ sơ 42 (Bằng khen của Bộ trưởng Bộ Tư pháp, đã gửi)");
        assertThat(result.explanation(EligibilityTexts.EN)).contains("dossier 42 (Certificate of Merit of the Minister of Justice, submitted)");
    }

    @Test
    void titlesAreNotCountedAgainstForms() {
        // the service lists only other FORM awards; a title proposed alongside a form is not judged by the form extension
        var result = policy.evaluate(proposeForm(AwardCode.CSTDCS, "TITLE", java.util.List.of(ministryDossier())),
                RuleParameters.defaults());
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    private static Fact ministryDossier() {
        return Fact.phrase("neighbour.dossier", "42", Fact.award(AwardCode.BK_BO), Fact.status("SUBMITTED"));
    }
}
