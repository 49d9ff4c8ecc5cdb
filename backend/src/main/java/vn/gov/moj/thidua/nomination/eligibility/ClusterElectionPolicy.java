package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Optional;
import java.util.UUID;

import vn.gov.moj.thidua.voting.PublishedOutcome;

/**
 * R-CO-NGANH and R-CO-CP — a flag goes to a unit its cluster elected (suy tôn) in a published vote, within the
 * cluster's flag quota (TT 11/2023/TT-BTP; Law 06/2022/QH15 Art. 25, 26). No session referenced → the dossier lacks
 * the evidence; a session that did not elect the unit → FAIL. Pure: the caller reads the outcome.
 */
public final class ClusterElectionPolicy {

    private ClusterElectionPolicy() {
    }

    public static String ruleId(String awardCode) {
        return AwardCode.CO_CHINH_PHU.equals(awardCode) ? "R-CO-CP" : "R-CO-NGANH";
    }

    public static String legalSource(String awardCode) {
        return AwardCode.CO_CHINH_PHU.equals(awardCode) ? "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25; Nghị định 98/2023/NĐ-CP"
                : "Thông tư 11/2023/TT-BTP (Cờ thi đua ngành Tư pháp); Luật 06/2022/QH15 Điều 26";
    }

    public static boolean appliesTo(String awardCode) {
        return AwardCode.CO_NGANH.equals(awardCode) || AwardCode.CO_CHINH_PHU.equals(awardCode);
    }

    /**
     * As {@link #evaluate(String, UUID, UUID, Optional, int, int)}, and the election must be for this award and this
     * period: a Cờ Chính phủ election or last period's election proves nothing for this dossier.
     */
    public static RuleResult evaluate(String awardCode, UUID awardTypeId, UUID periodId, UUID nomineeUnitId, UUID sessionId,
            Optional<PublishedOutcome> outcome, int flagsProposed, int flagsPerCluster) {
        if (outcome.isPresent() && "CLUSTER_ELECTION".equals(outcome.get().purpose())) {
            PublishedOutcome o = outcome.get();
            if (o.awardTypeId() != null && !o.awardTypeId().equals(awardTypeId)) {
                return new RuleResult(ruleId(awardCode), Verdict.FAIL, "Phiên " + sessionId
                        + " suy tôn cho hình thức khen thưởng khác — the election is for another award", legalSource(awardCode));
            }
            if (o.periodId() != null && !o.periodId().equals(periodId)) {
                return new RuleResult(ruleId(awardCode), Verdict.FAIL, "Phiên " + sessionId
                        + " thuộc kỳ thi đua khác — the election is for another period", legalSource(awardCode));
            }
        }
        return evaluate(awardCode, nomineeUnitId, sessionId, outcome, flagsProposed, flagsPerCluster);
    }

    /**
     * @param outcome       the published outcome of {@code sessionId}; empty when unknown or not yet published
     * @param flagsProposed this cluster's live proposals of the same flag in the period, this one included
     */
    public static RuleResult evaluate(String awardCode, UUID nomineeUnitId, UUID sessionId, Optional<PublishedOutcome> outcome,
            int flagsProposed, int flagsPerCluster) {
        String rule = ruleId(awardCode);
        String source = legalSource(awardCode);
        if (sessionId == null) {
            return new RuleResult(rule, Verdict.NEEDS_EVIDENCE,
                    "Chưa dẫn chiếu phiên suy tôn của Cụm, Khối (electionSessionId) — no cluster election referenced", source);
        }
        if (outcome.isEmpty()) {
            return new RuleResult(rule, Verdict.NEEDS_EVIDENCE,
                    "Phiên " + sessionId + " chưa công bố kết quả — the election is not published", source);
        }
        PublishedOutcome o = outcome.get();
        if (!"CLUSTER_ELECTION".equals(o.purpose())) {
            return new RuleResult(rule, Verdict.FAIL, "Phiên " + sessionId + " không phải phiên suy tôn của Cụm (" + o.purpose() + ")", source);
        }
        var candidate = o.candidates().stream()
                .filter(c -> "UNIT".equals(c.candidateKind()) && nomineeUnitId.equals(c.candidateRef())).findFirst();
        if (candidate.isEmpty() || !candidate.get().elected()) {
            return new RuleResult(rule, Verdict.FAIL, "Đơn vị không được Cụm suy tôn trong phiên " + sessionId
                    + (candidate.map(c -> " (đồng ý " + c.yesVotes() + ")").orElse(" (không phải ứng viên)")) + " — not elected", source);
        }
        if (flagsProposed > flagsPerCluster) {
            return new RuleResult(rule, Verdict.FAIL, "Cụm đề nghị " + flagsProposed + " cờ, vượt số cờ tối đa " + flagsPerCluster
                    + " — over the cluster's flag quota", source);
        }
        return new RuleResult(rule, Verdict.PASS, "Được Cụm suy tôn (đồng ý " + candidate.get().yesVotes() + "); " + flagsProposed + "/"
                + flagsPerCluster + " cờ của Cụm — elected by its cluster", source);
    }
}
