package vn.gov.moj.thidua.voting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotingResult", requiredProperties = {"sessionId", "title", "round", "status", "mode", "rules", "tally", "published", "receiptCodes"}, description = "The tally under the frozen rules; receipt codes are listed, sorted, once published")
public record SessionResult(UUID sessionId, String title, int round, SessionStatus status, BallotMode mode, VotingRules rules, Tally tally,
        boolean published, Instant publishedAt, PaperCount paper, List<String> receiptCodes) {
}
