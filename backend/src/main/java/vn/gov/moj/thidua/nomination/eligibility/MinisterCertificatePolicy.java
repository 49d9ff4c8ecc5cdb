package vn.gov.moj.thidua.nomination.eligibility;

import vn.gov.moj.thidua.org.PerformanceRating;

/**
 * R-BK-BO(d) — Bằng khen của Bộ trưởng, point d: CSTĐCS twice in a row, or HTXSNV for two or more consecutive
 * years, with two further grassroots initiatives or accepted science works (Law 06/2022/QH15 Art. 74 cl. 1 d).
 */
public class MinisterCertificatePolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-BK-BO(d)";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 khoản 1 điểm d";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.BK_BO) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        PersonRecord person = c.person();
        boolean twiceCstdcs = person.consecutiveYearsOf(AwardCode.CSTDCS, c.year()) >= 2;
        boolean twiceExcellent = person.ratingIn(c.year()).filter(r -> r == PerformanceRating.HTXSNV).isPresent()
                && person.ratingIn(c.year() - 1).filter(r -> r == PerformanceRating.HTXSNV).isPresent();
        if (!twiceCstdcs && !twiceExcellent) {
            return fail("Neither CSTĐCS nor HTXSNV in both " + (c.year() - 1) + " and " + c.year());
        }
        int initiatives = person.unusedInitiatives(InitiativeScope.GRASSROOTS).size();
        if (initiatives < 2) {
            return needsEvidence((twiceCstdcs ? "CSTĐCS" : "HTXSNV") + " two years in a row, but " + initiatives
                    + " unused initiative(s); two are needed besides those used for earlier titles");
        }
        return pass((twiceCstdcs ? "CSTĐCS" : "HTXSNV") + " two years in a row and " + initiatives + " unused initiatives");
    }
}
