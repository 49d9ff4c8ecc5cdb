package vn.gov.moj.thidua.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One recorded change, chained to the previous one by its hash")
public record AuditEventView(
        @Schema(required = true) long id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, examples = "secretariat") String actor,
        UUID actorUnit,
        @Schema(required = true, examples = "Campaign") String entityType,
        @Schema(required = true) UUID entityId,
        @Schema(required = true, examples = "launch") String action,
        @Schema(examples = "DRAFT") String fromState,
        @Schema(examples = "LAUNCHED") String toState,
        String reason,
        @Schema(description = "JSON text of the change's details") String detail,
        @Schema(description = "Hash of the previous event (none for the first)") String prevHash,
        @Schema(required = true, description = "SHA-256 over the previous hash and this event's fields") String hash) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.actorUnit, e.entityType, e.entityId, e.action,
                e.fromState, e.toState, e.reason, e.detail, e.prevHash, e.hash);
    }
}
