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
}
