package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.gov.moj.thidua.voting.PublishedOutcome;

/**
 * R-CO-NGANH and R-CO-CP — a flag goes to a unit its cluster elected (suy tôn) in a published vote, within the
 * cluster's flag quota (TT 11/2023/TT-BTP; Law 06/2022/QH15 Art. 25, 26). No session referenced → the dossier lacks
 * the evidence; a session that did not elect the unit → FAIL. Pure: the caller reads the outcome into the case's
 * {@link NominationCase.ClusterElection}.
 */
public final class ClusterElectionPolicy implements EligibilityPolicy {

    /** The flags judged on a cluster election. */
    public static final List<String> FLAGS = List.of(AwardCode.CO_NGANH, AwardCode.CO_CHINH_PHU);

    private final String awardCode;

    public ClusterElectionPolicy(String awardCode) {
        this.awardCode = awardCode;
    }

    public String ruleId() {
        return ruleId(awardCode);
    }

    public Set<String> awardCodes() {
        return Set.of(awardCode);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(awardCode) && c.election() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        NominationCase.ClusterElection e = c.election();
        return evaluate(awardCode, e.awardTypeId(), e.periodId(), e.nomineeUnitId(), e.sessionId(), e.outcome(), e.flagsProposed(),
                p.flagsPerCluster());
    }

    public static String ruleId(String awardCode) {
        return AwardCode.CO_CHINH_PHU.equals(awardCode) ? "R-CO-CP" : "R-CO-NGANH";
    }

    /** Whether the award is a flag whose dossier must cite a cluster election (the caller then reads the outcome). */
    public static boolean appliesTo(String awardCode) {
        return FLAGS.contains(awardCode);
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
                return result(awardCode, Verdict.FAIL, "fail.otherAward", sessionId);
            }
            if (o.periodId() != null && !o.periodId().equals(periodId)) {
                return result(awardCode, Verdict.FAIL, "fail.otherPeriod", sessionId);
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
        if (sessionId == null) {
            return result(awardCode, Verdict.NEEDS_EVIDENCE, "evidence.noSession");
        }
        if (outcome.isEmpty()) {
            return result(awardCode, Verdict.NEEDS_EVIDENCE, "evidence.unpublished", sessionId);
        }
        PublishedOutcome o = outcome.get();
        if (!"CLUSTER_ELECTION".equals(o.purpose())) {
            return result(awardCode, Verdict.FAIL, "fail.notElection", sessionId, o.purpose());
        }
        var candidate = o.candidates().stream()
                .filter(c -> "UNIT".equals(c.candidateKind()) && nomineeUnitId.equals(c.candidateRef())).findFirst();
        if (candidate.isEmpty()) {
            return result(awardCode, Verdict.FAIL, "fail.notCandidate", sessionId);
        }
        if (!candidate.get().elected()) {
            return result(awardCode, Verdict.FAIL, "fail.notElected", sessionId, candidate.get().yesVotes());
        }
        if (flagsProposed > flagsPerCluster) {
            return result(awardCode, Verdict.FAIL, "fail.quota", flagsProposed, flagsPerCluster);
        }
        return result(awardCode, Verdict.PASS, "pass", candidate.get().yesVotes(), flagsProposed, flagsPerCluster);
    }

    private static RuleResult result(String awardCode, Verdict verdict, String reason, Object... facts) {
        return new RuleResult(ruleId(awardCode), verdict, reason, java.util.Arrays.asList(facts));
    }
}
