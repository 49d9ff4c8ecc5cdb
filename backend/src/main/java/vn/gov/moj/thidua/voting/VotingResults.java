package vn.gov.moj.thidua.voting;

import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know of a vote: the published outcome of a session, nothing about ballots or
 * voters. Nominations read cluster elections and council reviews through this interface only.
 */
public interface VotingResults {

    /** The outcome of a published session; empty when the session is unknown or not yet published. */
    Optional<PublishedOutcome> publishedOutcome(UUID sessionId);

    /**
     * The minutes (biên bản kiểm phiếu) of a published session as PDF, as {@code GET /voting-sessions/{id}/minutes}
     * renders them; empty when the session is unknown or not yet published. Nominations attach it to the cluster's
     * proposal.
     */
    default Optional<byte[]> publishedMinutesPdf(UUID sessionId) {
        return Optional.empty();
    }
}
