package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Set;

/**
 * R-BLOCK — no award or proposal while discipline review, investigation, inspection, or a complaint or denunciation
 * is pending (Decree 98/2023/NĐ-CP).
 */
public class PendingCasePolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-BLOCK";
    }

    public Set<String> awardCodes() {
        return Set.of();
    }

    public boolean appliesTo(NominationCase c) {
        return true;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        List<?> open = c.person() != null ? c.person().openCases() : c.collective() != null ? c.collective().openCases() : List.of();
        return open.isEmpty() ? pass("pass") : fail("fail", open);
    }
}
