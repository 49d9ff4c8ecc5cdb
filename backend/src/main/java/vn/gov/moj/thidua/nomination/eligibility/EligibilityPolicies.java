package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;

/** The one list of rules in force, in the order the report shows them: production and the tests both use it. */
public final class EligibilityPolicies {

    private EligibilityPolicies() {
    }

    public static List<EligibilityPolicy> standard() {
        return List.of(
                new LdttPolicy(), new CstdcsPolicy(), new CstdcsQuotaPolicy(), new CstdNganhPolicy(), new CstdtqPolicy(),
                new CollectiveTitlePolicy(AwardCode.TTLDTT), new CollectiveTitlePolicy(AwardCode.TTLDXS),
                new MinisterCertificatePolicy(), new PrimeMinisterCertificatePolicy(), new InitiativeReusePolicy(),
                new OneAchievementPolicy(), new PendingCasePolicy(), new EvidencePolicy(), new StatePerYearPolicy(),
                new ClusterElectionPolicy(AwardCode.CO_NGANH), new ClusterElectionPolicy(AwardCode.CO_CHINH_PHU));
    }
}
