package vn.gov.moj.thidua.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.signature.SignedDocumentView;

@Schema(name = "VotingSessionDetail", requiredProperties = {"id", "purpose", "title", "sessionDate", "round", "mode", "status", "rules", "candidates", "electorate", "present", "quorumNeeded", "allowedActions", "callerHasVoted", "version", "encrypted", "recusals"}, description = "A session with its rules, candidates, electorate and the caller's allowed actions")
public record SessionDetail(UUID id, VotingPurpose purpose, String title, UUID clusterId, String clusterName, UUID periodId,
        UUID awardTypeId, String awardTypeName, LocalDate sessionDate, String place, int round, UUID previousRoundId, BallotMode mode,
        SessionStatus status, VotingRules rules, List<Candidate> candidates, List<Voter> electorate,
        @Schema(description = "Voter keys recorded present at opening") List<String> present,
        @Schema(description = "Fewest present voters that meet the quorum") int quorumNeeded,
        Instant openedAt, Instant closedAt, Instant talliedAt, Instant publishedAt,
        @Schema(description = "Actions the caller may take now (edit, open, cast, close, tally, paper-tally, publish, rounds)") List<String> allowedActions,
        @Schema(description = "The caller's voter key in this session, if the caller is in its electorate") String callerVoterKey,
        @Schema(description = "Whether the caller has already cast a ballot in this round") boolean callerHasVoted,
        long version,
        @Schema(description = "Ballots are encrypted in the voter's browser: fetch /election-key, post /encrypted-ballots (docs/ballot-crypto.md)") boolean encrypted,
        @Schema(description = "The latest accepted signed copy of the minutes (signer, time, verdict); absent while the minutes are not signed") SignedDocumentView signedMinutes,

        @Schema(description = "Council review: who stands aside from which item (found at opening, plus declared conflicts)") List<Recusal> recusals) {
}
