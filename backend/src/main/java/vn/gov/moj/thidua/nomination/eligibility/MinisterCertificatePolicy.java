package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Set;

import vn.gov.moj.thidua.org.PerformanceRating;

/**
 * R-BK-BO(d) — Bằng khen của Bộ trưởng, point d: CSTĐCS twice in a row, or HTXSNV for two or more consecutive
 * years, with two further grassroots initiatives or accepted science works (Law 06/2022/QH15 Art. 74 cl. 1 d).
 */
public class MinisterCertificatePolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-BK-BO(d)";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.BK_BO);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.BK_BO) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        PersonRecord person = c.person();
        boolean twiceCstdcs = person.consecutiveYearsOf(AwardCode.CSTDCS, c.year()) >= 2;
        boolean twiceExcellent = person.ratingIn(c.year()).filter(r -> r == PerformanceRating.HTXSNV).isPresent()
                && person.ratingIn(c.year() - 1).filter(r -> r == PerformanceRating.HTXSNV).isPresent();
        Fact.Years years = Fact.Years.between(c.year() - 1, c.year());
        if (!twiceCstdcs && !twiceExcellent) {
            return fail("fail.neither", years);
        }
        Fact ground = Fact.phrase(twiceCstdcs ? "R-BK-BO(d).ground.cstdcs" : "R-BK-BO(d).ground.excellent", years);
        int initiatives = person.unusedInitiatives(InitiativeScope.GRASSROOTS).size();
        if (initiatives < 2) {
            return needsEvidence("evidence.initiatives", ground, initiatives);
        }
        return pass("pass", ground, initiatives);
    }
}
