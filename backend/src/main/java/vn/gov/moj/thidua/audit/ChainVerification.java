package vn.gov.moj.thidua.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditChainVerification", description = "The result of recomputing the audit hash chain")
public record ChainVerification(
        @Schema(required = true, description = "Every event's hash and link are intact") boolean valid,
        @Schema(required = true, examples = "1520") long eventsChecked,
        @Schema(description = "Hash of the newest event: keep it elsewhere to detect a rewrite of the whole chain") String headHash,
        @Schema(description = "The first event whose hash or link does not match") Long firstBrokenEventId,
        @Schema(examples = "hash does not match the event's content") String problem) {
}
