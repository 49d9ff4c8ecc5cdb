package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Set;

import vn.gov.moj.thidua.org.PerformanceRating;

/**
 * R-CSTDCS — Chiến sĩ thi đua cơ sở: LĐTT the same year AND (HTXSNV OR a grassroots initiative OR an accepted
 * science work) (Law 06/2022/QH15 Art. 23).
 */
public class CstdcsPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTDCS";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.CSTDCS);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTDCS) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        PersonRecord person = c.person();
        var rating = person.ratingIn(c.year());
        boolean ldtt = person.holds(AwardCode.LDTT, c.year());
        if (!ldtt && rating.isPresent() && !Ratings.goodOrBetter(rating.get())) {
            return fail("fail.notLdtt", c.year(), Fact.rating(rating.get()));
        }
        boolean excellent = rating.filter(r -> r == PerformanceRating.HTXSNV).isPresent();
        boolean initiative = !person.unusedInitiatives(InitiativeScope.GRASSROOTS).isEmpty();
        if (!excellent && !initiative && !person.acceptedScienceWork()) {
            return rating.isEmpty()
                    ? needsEvidence("evidence.nothing", c.year())
                    : fail("fail.noGround", c.year(), Fact.rating(rating.get()));
        }
        Fact ground = Fact.phrase(excellent ? "R-CSTDCS.ground.excellent" : initiative ? "R-CSTDCS.ground.initiative" : "R-CSTDCS.ground.science", c.year());
        if (!ldtt) {
            return needsEvidence("evidence.noLdtt", c.year(), ground);
        }
        return pass("pass", c.year(), ground);
    }
}
