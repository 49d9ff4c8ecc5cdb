package vn.gov.moj.thidua.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of an object's history as clients see it. */
@Schema(name = "HistoryEntry", description = "Who did what to an object, when, and why")
public record HistoryEntry(
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "Login name of the actor", examples = "unit-head") String actor,
        @Schema(description = "Display name of the actor when they acted (absent on older events)", examples = "Nguyễn Văn An")
        String actorName,
        @Schema(required = true, description = "Realm roles of the actor when they acted (empty on older events)", examples = "[\"unit-head\"]")
        List<String> actorRoles,
        @Schema(required = true, examples = "submit") String action,
        @Schema(examples = "DRAFT") String fromState,
        @Schema(examples = "SUBMITTED") String toState,
        String reason) {

    public static HistoryEntry of(AuditEvent event) {
        List<String> roles = event.actorRoles == null || event.actorRoles.isBlank()
                ? List.of()
                : Arrays.stream(event.actorRoles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        return new HistoryEntry(event.occurredAt, event.actor, event.actorName, roles, event.action, event.fromState,
                event.toState, event.reason);
    }
}
