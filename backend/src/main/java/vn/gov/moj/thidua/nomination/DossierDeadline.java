package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierDeadline", description = "The time limit of the dossier's current step, counted in working days")
public record DossierDeadline(
        @Schema(required = true, description = "APPRAISAL: the secretariat's appraisal time from the complete dossier (R-DEADLINE-APPRAISAL); "
                + "PUBLIC_COMMENT: the comment window's closing date") Kind kind,
        @Schema(required = true, examples = "2026-03-20") LocalDate due,
        @Schema(required = true, description = "Working days from today to the due date; negative: working days overdue", examples = "4")
        int workingDaysLeft,
        @Schema(required = true, description = "The due date has passed") boolean overdue,
        @Schema(required = true, description = "The rule that sets the time limit", examples = "R-DEADLINE-APPRAISAL") String ruleId) {

    public enum Kind {
        APPRAISAL, PUBLIC_COMMENT
    }
}
