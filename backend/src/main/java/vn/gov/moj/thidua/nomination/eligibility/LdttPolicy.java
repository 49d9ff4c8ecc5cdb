package vn.gov.moj.thidua.nomination.eligibility;

/** R-LDTT — Lao động tiên tiến needs a yearly rating of HTTNV or better (Law 06/2022/QH15 Art. 24 cl. 1). */
public class LdttPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-LDTT";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24 khoản 1";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.LDTT) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        return c.person().ratingIn(c.year())
                .map(r -> Ratings.goodOrBetter(r)
                        ? pass("Rated " + r + " in " + c.year())
                        : fail("Rated " + r + " in " + c.year() + "; LĐTT needs HTTNV or better"))
                .orElseGet(() -> needsEvidence("No rating recorded for " + c.year()));
    }
}
