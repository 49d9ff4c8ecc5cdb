package vn.gov.moj.thidua.nomination.eligibility;

import vn.gov.moj.thidua.org.PerformanceRating;

/**
 * R-CSTDCS — Chiến sĩ thi đua cơ sở: LĐTT the same year AND (HTXSNV OR a grassroots initiative OR an accepted
 * science work) (Law 06/2022/QH15 Art. 23).
 */
public class CstdcsPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTDCS";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTDCS) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        PersonRecord person = c.person();
        var rating = person.ratingIn(c.year());
        boolean ldtt = person.holds(AwardCode.LDTT, c.year());
        if (!ldtt && rating.isPresent() && !Ratings.goodOrBetter(rating.get())) {
            return fail("Not LĐTT in " + c.year() + " (rated " + rating.get() + ")");
        }
        boolean excellent = rating.filter(r -> r == PerformanceRating.HTXSNV).isPresent();
        boolean initiative = !person.unusedInitiatives(InitiativeScope.GRASSROOTS).isEmpty();
        if (!excellent && !initiative && !person.acceptedScienceWork()) {
            return rating.isEmpty()
                    ? needsEvidence("No rating for " + c.year() + " and no initiative or science work recorded")
                    : fail("Neither HTXSNV in " + c.year() + " nor an unused grassroots initiative or accepted science work");
        }
        String ground = excellent ? "rated HTXSNV" : initiative ? "a recognised grassroots initiative" : "an accepted science work";
        if (!ldtt) {
            return needsEvidence("Meets the second condition (" + ground + ") but no LĐTT decision for " + c.year() + " is recorded");
        }
        return pass("LĐTT in " + c.year() + " and " + ground);
    }
}
