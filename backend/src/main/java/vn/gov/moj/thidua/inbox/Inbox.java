package vn.gov.moj.thidua.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Inbox", description = "The caller's to-do items: overdue first, then by deadline")
public record Inbox(
        @Schema(required = true, examples = "2026-11-28") LocalDate asOf,
        @Schema(required = true, examples = "[\"unit-officer\"]") List<String> roles,
        UUID unitId,
        @Schema(required = true, examples = "5") int total,
        @Schema(required = true, examples = "2") int overdue,
        @Schema(required = true) List<InboxItem> items) {
}
