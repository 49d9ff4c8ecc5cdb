package vn.gov.moj.thidua.voting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A published voting result as other capabilities see it.
 *
 * @param purpose     {@code CLUSTER_ELECTION} (suy tôn in a cluster) or {@code COUNCIL_REVIEW} (Hội đồng TĐKT)
 * @param clusterId   the electing cluster; null for council sessions
 * @param awardTypeId the award the session votes for; null when the candidates' own award types apply
 */
public record PublishedOutcome(UUID sessionId, String purpose, UUID clusterId, UUID periodId, UUID awardTypeId,
        int round, Instant publishedAt, List<CandidateOutcome> candidates) {

    public Optional<CandidateOutcome> candidate(UUID candidateRef) {
        return candidates.stream().filter(c -> c.candidateRef().equals(candidateRef)).findFirst();
    }

    /**
     * One candidate's result.
     *
     * @param candidateKind {@code UNIT}, {@code PERSON} or {@code NOMINATION}
     * @param candidateRef  the unit, person or nomination id
     * @param passed        met the session's frozen threshold
     * @param elected       passed and within the seats (ties for the last seat are not elected)
     */
    public record CandidateOutcome(String candidateKind, UUID candidateRef, String label, long yesVotes,
            long noVotes, long abstentions, boolean passed, boolean elected) {
    }
}
