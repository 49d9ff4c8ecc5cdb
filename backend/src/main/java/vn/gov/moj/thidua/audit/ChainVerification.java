package vn.gov.moj.thidua.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditChainVerification", description = "The result of recomputing the audit hash chain")
public record ChainVerification(
        @Schema(required = true, description = "Every event's hash and link are intact") boolean valid,
        @Schema(required = true, examples = "1520") long eventsChecked,
        @Schema(description = "Hash of the newest event: keep it elsewhere to detect a rewrite of the whole chain") String headHash,
        @Schema(description = "The first event whose hash or link does not match") Long firstBrokenEventId,
        @Schema(examples = "hash does not match the event's content") String problem,
        @Schema(description = "When checkpoints were given: true when the trail agrees with every one of them "
                + "(a rewritten or truncated tail makes it false even though the chain itself is valid)") Boolean checkpointsIntact,
        @Schema(description = "When checkpoints were given: the finding for each, in the order given") List<CheckpointCheck> checkpoints) {

    public ChainVerification(boolean valid, long eventsChecked, String headHash, Long firstBrokenEventId, String problem) {
        this(valid, eventsChecked, headHash, firstBrokenEventId, problem, null, null);
    }

    ChainVerification withCheckpoints(List<CheckpointCheck> checks) {
        boolean intact = checks.stream().allMatch(c -> c.status() == CheckpointCheck.Status.INTACT);
        return new ChainVerification(valid, eventsChecked, headHash, firstBrokenEventId, problem, intact, List.copyOf(checks));
    }
}
