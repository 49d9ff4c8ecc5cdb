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
}
