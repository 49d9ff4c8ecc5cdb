package vn.gov.moj.thidua.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditCheckpointCheck", description = "Whether the trail still agrees with one checkpoint")
public record CheckpointCheck(
        @Schema(examples = "1520") Long lastEventId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "INTACT: the event still has the checkpoint's hash and count; REWRITTEN: the "
                + "tail was rewritten (the event's hash differs, or events were added before it); TRUNCATED: fewer events "
                + "than the checkpoint recorded") Status status,
        @Schema(required = true, description = "The finding in the caller's language (Vietnamese unless Accept-Language asks for English)")
        String description) {

    @Schema(name = "AuditCheckpointStatus")
    public enum Status {
        INTACT, REWRITTEN, TRUNCATED
    }
}
