package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Set;

/** R-LDTT — Lao động tiên tiến needs a yearly rating of HTTNV or better (Law 06/2022/QH15 Art. 24 cl. 1). */
public class LdttPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-LDTT";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.LDTT);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.LDTT) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        return c.person().ratingIn(c.year())
                .map(r -> Ratings.goodOrBetter(r)
                        ? pass("pass", c.year(), Fact.rating(r))
                        : fail("fail.rating", c.year(), Fact.rating(r)))
                .orElseGet(() -> needsEvidence("evidence.noRating", c.year()));
    }
}
