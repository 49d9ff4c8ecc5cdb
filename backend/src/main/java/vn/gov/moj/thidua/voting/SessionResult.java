package vn.gov.moj.thidua.voting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotingResult", requiredProperties = {"sessionId", "title", "round", "status", "mode", "rules", "tally", "published", "receiptCodes", "encrypted", "recusals"}, description = "The tally under the frozen rules; receipt codes are listed, sorted, once published")
public record SessionResult(UUID sessionId, String title, int round, SessionStatus status, BallotMode mode, VotingRules rules, Tally tally,
        boolean published, Instant publishedAt, PaperCount paper,
        @Schema(description = "Sorted receipt codes; for encrypted ballots the trackers (64 hex)") List<String> receiptCodes,
        @Schema(description = "Whether the ballots were encrypted in the voters' browsers (docs/ballot-crypto.md)") boolean encrypted,
        @Schema(description = "SHA-256 (hex) of the published bulletin, also printed in the minutes") String bulletinSha256,
        @Schema(description = "Council review: the members who stood aside from each item, as the minutes list them") List<Recusal> recusals) {
}
