package vn.gov.moj.thidua.inbox;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboxItem", description = "One thing for the caller to do, with the page to do it on")
public record InboxItem(
        @Schema(required = true) Kind kind,
        @Schema(required = true, description = "The role this item comes from", examples = "unit-officer") String role,
        @Schema(required = true, examples = "CAMPAIGN") String objectType,
        @Schema(required = true) UUID objectId,
        @Schema(required = true, examples = "Thi đua hoàn thành xuất sắc nhiệm vụ năm 2026") String title,
        @Schema(examples = "Cục Hành chính tư pháp") String detail,
        @Schema(examples = "2026-03-31") LocalDate due,
        @Schema(required = true, description = "The deadline has passed") boolean overdue,
        @Schema(description = "Working days from today to the deadline (holiday calendar); negative: working days overdue", examples = "3")
        Integer workingDaysLeft,
        @Schema(required = true, description = "SPA route to open", examples = "/campaigns/00000000-0000-4000-8000-000000110001") String route) {

    /** What the item asks for. */
    public enum Kind {
        CAMPAIGN_TO_REGISTER, CAMPAIGN_REPORT_DUE, REGISTRATION_RETURNED, SHEET_TO_FILL, NOMINATION_RETURNED,
        REGISTRATIONS_TO_SUBMIT, SHEET_TO_SUBMIT, NOMINATION_TO_SUBMIT, BALLOT_TO_CAST,
        SHEET_TO_VERIFY, SHEET_TO_LOCK, SESSION_TO_RUN,
        REGISTRATIONS_TO_APPROVE, SHEET_TO_CERTIFY, NOMINATION_TO_RECEIVE, NOMINATION_TO_APPRAISE, DECISION_TO_ISSUE,
        AGENDA_ITEM,
        /** Secretariat: a draft campaign to launch (due: its start date). */
        CAMPAIGN_TO_LAUNCH,
        /** Secretariat: a cluster of a running period with no head unit, so nobody verifies its sheets. */
        CLUSTER_WITHOUT_HEAD,
        /** Secretariat: a dossier in public comment; the council votes once it closes (due: the closing date). */
        NOMINATION_IN_PUBLIC_COMMENT,
        /** Secretariat: the yearly statistics report (Biểu 0601–0603), from the configured lead day until 15 December (due). */
        STATISTICS_REPORT_DUE
    }
}
