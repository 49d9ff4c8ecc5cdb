package vn.gov.moj.thidua.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of an object's history as clients see it. */
@Schema(name = "HistoryEntry", description = "Who did what to an object, when, and why")
public record HistoryEntry(
        @Schema(required = true) Instant at,
        @Schema(required = true, examples = "unit-head") String actor,
        @Schema(required = true, examples = "submit") String action,
        @Schema(examples = "DRAFT") String fromState,
        @Schema(examples = "SUBMITTED") String toState,
        String reason) {

    public static HistoryEntry of(AuditEvent event) {
        return new HistoryEntry(event.occurredAt, event.actor, event.action, event.fromState, event.toState, event.reason);
    }
}
