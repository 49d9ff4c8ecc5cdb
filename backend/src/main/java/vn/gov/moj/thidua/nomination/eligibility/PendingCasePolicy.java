package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;

/**
 * R-BLOCK — no award or proposal while discipline review, investigation, inspection, or a complaint or denunciation
 * is pending (Decree 98/2023/NĐ-CP).
 */
public class PendingCasePolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-BLOCK";
    }

    public String legalSource() {
        return "Nghị định 98/2023/NĐ-CP (không khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, khiếu nại, tố cáo)";
    }

    public boolean appliesTo(NominationCase c) {
        return true;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        List<String> open = c.person() != null ? c.person().openCases() : c.collective() != null ? c.collective().openCases() : List.of();
        return open.isEmpty() ? pass("No pending case") : fail("Pending: " + String.join("; ", open));
    }
}
