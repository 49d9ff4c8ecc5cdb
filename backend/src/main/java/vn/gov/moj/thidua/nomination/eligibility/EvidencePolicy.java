package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Set;

/**
 * R-EVIDENCE — evidence must be attached to the dossier: without its tờ trình (TO_TRINH) and báo cáo thành tích
 * (BAO_CAO_THANH_TICH) the dossier needs evidence. It does not block submission; the appraiser sees what is missing.
 * The forms come from Decree 98/2023 Appendix I; the guidance letters CV 5007/BNV-TĐKT and CV 3385/BTĐKT-P.II ask for
 * originals or certified copies; linking evidence per criterion is a provincial practice (Đồng Tháp).
 */
public class EvidencePolicy implements EligibilityPolicy {

    /** The document kinds every dossier needs (Decree 98/2023, Appendix I Forms 01 and 02). */
    public static final List<String> REQUIRED = List.of("TO_TRINH", "BAO_CAO_THANH_TICH");

    public String ruleId() {
        return "R-EVIDENCE";
    }

    public Set<String> awardCodes() {
        return Set.of();
    }

    public boolean appliesTo(NominationCase c) {
        return c.dossier() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        List<Object> missing = REQUIRED.stream().filter(k -> !c.dossier().documentKinds().contains(k))
                .map(k -> (Object) Fact.document(k)).toList();
        List<Object> required = REQUIRED.stream().map(k -> (Object) Fact.document(k)).toList();
        return missing.isEmpty() ? pass("pass", required) : needsEvidence("evidence.missing", missing);
    }
}
