package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;

/**
 * R-EVIDENCE — evidence must be attached to the dossier: without its tờ trình (TO_TRINH) and báo cáo thành tích
 * (BAO_CAO_THANH_TICH) the dossier needs evidence. It does not block submission; the appraiser sees what is missing.
 * Sources as the research names them: [S28] CV 5007/BNV-TĐKT and CV 3385/BTĐKT-P.II (evidence must be originals or
 * certified copies) and [S48] the Đồng Tháp Department of Justice scoring portal (evidence linked per criterion).
 */
public class EvidencePolicy implements EligibilityPolicy {

    /** The document kinds every dossier needs (Decree 98/2023, Appendix I Forms 01 and 02). */
    public static final List<String> REQUIRED = List.of("TO_TRINH", "BAO_CAO_THANH_TICH");

    public String ruleId() {
        return "R-EVIDENCE";
    }

    public String legalSource() {
        return "CV 5007/BNV-TĐKT ngày 05/9/2023 và CV 3385/BTĐKT-P.II ngày 20/11/2023 (minh chứng là bản chính hoặc bản sao chứng thực) [S28];"
                + " thực tiễn chấm điểm kèm tài liệu minh chứng, Sở Tư pháp Đồng Tháp [S48]";
    }

    public boolean appliesTo(NominationCase c) {
        return c.dossier() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        List<String> missing = REQUIRED.stream().filter(k -> !c.dossier().documentKinds().contains(k)).toList();
        return missing.isEmpty()
                ? pass("Hồ sơ đã có tờ trình và báo cáo thành tích — TO_TRINH and BAO_CAO_THANH_TICH attached")
                : needsEvidence("Hồ sơ thiếu " + String.join(", ", missing) + " — missing documents: " + String.join(", ", missing));
    }
}
