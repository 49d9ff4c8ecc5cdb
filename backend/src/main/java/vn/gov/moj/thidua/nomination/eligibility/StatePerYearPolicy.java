package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Set;

/**
 * R-STATE-PER-YEAR — no more than one State-level award per subject per year, except for exceptional achievements
 * (TT 08/2017/TT-BNV, superseded). A dated rule: it applies only when the rule parameter
 * {@code R-STATE-PER-YEAR / applies} is on for the nomination's date. The exception for exceptional achievements is
 * not judged here: the appraiser records it as an override with its reason.
 */
public class StatePerYearPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-STATE-PER-YEAR";
    }

    public Set<String> awardCodes() {
        return Set.of();
    }

    public boolean appliesTo(NominationCase c) {
        return c.dossier() != null && c.dossier().isStateLevel();
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        if (!p.statePerYearApplies()) {
            return pass("pass.notInForce", c.dossier().date());
        }
        var others = c.dossier().otherStateAwardsSameYear();
        return others.isEmpty() ? pass("pass", c.year()) : fail("fail", c.year(), others);
    }
}
