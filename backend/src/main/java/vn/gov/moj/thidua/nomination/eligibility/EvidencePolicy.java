package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Set;

/**
 * R-EVIDENCE — evidence must be attached to the dossier: without its tờ trình (TO_TRINH) and báo cáo thành tích
 * (BAO_CAO_THANH_TICH) the dossier needs evidence. It does not block submission; the appraiser sees what is missing.
 * The forms come from Decree 98/2023 Appendix I; the guidance letters CV 5007/BNV-TĐKT and CV 3385/BTĐKT-P.II ask for
 * originals or certified copies; linking evidence per criterion is a provincial practice (Đồng Tháp).
 * <p>From the date the dated parameter R-EVIDENCE-SIGNED makes it a duty (our reading of Nghị định 30/2020/NĐ-CP,
 * Điều 8, and Nghị định 68/2024/NĐ-CP: an electronic document carries legal weight with the competent person's
 * digital signature), a kind it names — the tờ trình — must carry a valid digital signature: unsigned or invalid, the
 * rule does not pass (NEEDS_EVIDENCE, like every evidence gap: shown to the appraiser with the parameter's source, not
 * blocking submission); before that date a paper or scanned tờ trình is enough.
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
        if (!missing.isEmpty()) {
            return needsEvidence("evidence.missing", missing);
        }
        for (NominationCase.Signing duty : c.dossier().signing()) {
            if ("UNSIGNED".equals(duty.state())) {
                return needsEvidence("evidence.unsigned", Fact.document(duty.kind()), duty.from(), duty.source());
            }
            if ("INVALID".equals(duty.state())) {
                return needsEvidence("evidence.invalid", Fact.document(duty.kind()), duty.from(), duty.source(), duty.reason());
            }
        }
        List<NominationCase.Signing> signed = c.dossier().signing();
        return signed.isEmpty() ? pass("pass", required)
                : pass("pass.signed", required, signed.stream().map(d -> (Object) Fact.document(d.kind())).toList(), signed.get(0).from());
    }
}
