package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.nomination.eligibility.Records.person;
import static vn.gov.moj.thidua.org.PerformanceRating.HTXSNV;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuotaCollectiveAndBlockingPoliciesTest {

    private final RuleParameters params = RuleParameters.defaults();

    private static NominationCase cstdcsWithQuota(int cstdcsIncludingThis, int ldtt) {
        return new NominationCase(AwardCode.CSTDCS, 2025, person().build(), null,
                new NominationCase.QuotaCounts(cstdcsIncludingThis, ldtt), List.of());
    }

    @Test
    void cstdcsQuotaIsFifteenPercentOfLdttRoundedDown() {
        var policy = new CstdcsQuotaPolicy();
        assertThat(policy.evaluate(cstdcsWithQuota(15, 100), params).verdict()).isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(cstdcsWithQuota(16, 100), params).verdict()).isEqualTo(Verdict.FAIL);
        // 15% of 20 = 3; of 19 = 2.85 → 2
        assertThat(policy.evaluate(cstdcsWithQuota(3, 20), params).verdict()).isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(cstdcsWithQuota(3, 19), params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(policy.evaluate(cstdcsWithQuota(1, 6), params).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void cstdcsQuotaFollowsTheDatedParameter() {
        var twenty = new RuleParameters(new BigDecimal("0.20"), 3, 2, params.collectiveLdttShare(), params.ttldxsCompletingShare(),
                1, true, 1, 5, 3);
        assertThat(new CstdcsQuotaPolicy().evaluate(cstdcsWithQuota(4, 20), params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(new CstdcsQuotaPolicy().evaluate(cstdcsWithQuota(4, 20), twenty).verdict()).isEqualTo(Verdict.PASS);
    }

    private static NominationCase collective(String award, int members, int completing, int ldtt, int cstdcs, int disciplined) {
        return new NominationCase(award, 2025, null,
                new CollectiveRecord(members, completing, ldtt, cstdcs, disciplined, List.of()), null, List.of());
    }

    @Test
    void ttldttNeedsSeventyPercentLdttAndNobodyDisciplined() {
        var policy = new CollectiveTitlePolicy(AwardCode.TTLDTT);
        assertThat(policy.evaluate(collective(AwardCode.TTLDTT, 10, 10, 7, 0, 0), params).verdict()).isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(collective(AwardCode.TTLDTT, 10, 10, 6, 0, 0), params).verdict()).isEqualTo(Verdict.FAIL);
        var disciplined = policy.evaluate(collective(AwardCode.TTLDTT, 10, 10, 10, 0, 1), params);
        assertThat(disciplined.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(disciplined.explanation(EligibilityTexts.VI)).isEqualTo("Chưa đạt: 1 thành viên bị kỷ luật từ hình thức cảnh cáo trở lên");
        var both = policy.evaluate(collective(AwardCode.TTLDTT, 3, 3, 2, 0, 1), params);
        assertThat(both.explanation(EligibilityTexts.VI)).isEqualTo(
                "Chưa đạt: 2/3 thành viên đạt Lao động tiên tiến (66,7%), dưới mức 70%; 1 thành viên bị kỷ luật từ hình thức cảnh cáo trở lên");
        assertThat(both.explanation(EligibilityTexts.EN)).startsWith("Not met: 2/3 members are Advanced Workers (66.7%), below 70%;");
        assertThat(policy.evaluate(collective(AwardCode.TTLDTT, 0, 0, 0, 0, 0), params).verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void ttldxsNeedsEveryoneCompletingSeventyPercentLdttAndOneCstdcs() {
        var policy = new CollectiveTitlePolicy(AwardCode.TTLDXS);
        assertThat(policy.evaluate(collective(AwardCode.TTLDXS, 20, 20, 14, 1, 0), params).verdict()).isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(collective(AwardCode.TTLDXS, 20, 19, 20, 3, 0), params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(policy.evaluate(collective(AwardCode.TTLDXS, 20, 20, 13, 3, 0), params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(policy.evaluate(collective(AwardCode.TTLDXS, 20, 20, 20, 0, 0), params).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void ttldxsDisciplineConditionIsAParameter() {
        var lenient = new RuleParameters(params.cstdcsQuotaOfLdtt(), 3, 2, params.collectiveLdttShare(), params.ttldxsCompletingShare(),
                1, false, 1, 5, 3);
        var oneDisciplined = collective(AwardCode.TTLDXS, 20, 20, 20, 2, 1);
        assertThat(new CollectiveTitlePolicy(AwardCode.TTLDXS).evaluate(oneDisciplined, params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(new CollectiveTitlePolicy(AwardCode.TTLDXS).evaluate(oneDisciplined, lenient).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aPendingCaseBlocksAnyNomination() {
        var blocked = Records.nominate(AwardCode.LDTT, 2025, person().rated(HTXSNV, 2025).openCase("Đang xem xét kỷ luật").build());
        var result = new PendingCasePolicy().evaluate(blocked, params);
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.explanation(EligibilityTexts.VI)).isEqualTo("Đang có vụ việc: Đang xem xét kỷ luật");
        assertThat(new PendingCasePolicy().evaluate(Records.nominate(AwardCode.LDTT, 2025, person().build()), params).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void anInitiativeBacksOneProposalOnly() {
        var person = person().initiative(InitiativeScope.GRASSROOTS, true).initiative(InitiativeScope.GRASSROOTS, false).build();
        var used = person.initiatives().get(0).id();
        var fresh = person.initiatives().get(1).id();
        var policy = new InitiativeReusePolicy();
        assertThat(policy.evaluate(new NominationCase(AwardCode.CSTDCS, 2025, person, null, null, List.of(used)), params).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(policy.evaluate(new NominationCase(AwardCode.CSTDCS, 2025, person, null, null, List.of(fresh)), params).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(new NominationCase(AwardCode.CSTDCS, 2025, person, null, null,
                List.of(java.util.UUID.randomUUID())), params).verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void theEngineLetsAFailOutweighMissingEvidenceAndListsEachRuleWithItsSource() {
        var engine = new EligibilityEngine(EligibilityPolicies.standard());
        var blocked = Records.nominate(AwardCode.CSTDCS, 2025, person().rated(HTXSNV, 2025).openCase("Đang thanh tra").build());
        var report = engine.check(blocked, params);
        assertThat(report.overall()).isEqualTo(Verdict.FAIL);
        assertThat(report.results()).extracting(RuleResult::ruleId).contains("R-CSTDCS", "R-BLOCK");
        assertThat(report.results()).allSatisfy(r -> assertThat(EligibilityTexts.citations(r.ruleId(), EligibilityTexts.VI)).isNotEmpty());

        var clean = Records.nominate(AwardCode.CSTDCS, 2025, person().rated(HTXSNV, 2025).holds(AwardCode.LDTT, 2025).build());
        assertThat(engine.check(clean, params).overall()).isEqualTo(Verdict.PASS);
        var unsure = Records.nominate(AwardCode.CSTDCS, 2025, person().rated(HTXSNV, 2025).build());
        assertThat(engine.check(unsure, params).overall()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }
}
