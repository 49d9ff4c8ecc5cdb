package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.catalog.AwardSubject;

@Schema(name = "RegistrationTotals", description = "Compiled registrations of a campaign per award type and status (drafts not counted), like the ministry's yearly table")
public record RegistrationTotals(
        @Schema(required = true) UUID campaignId,
        @Schema(required = true) List<Row> rows,
        @Schema(required = true, examples = "12") long submitted,
        @Schema(required = true, examples = "30") long approved,
        @Schema(required = true, examples = "2") long returned,
        @Schema(required = true, examples = "44") long total) {

    @Schema(name = "RegistrationTotalsRow", description = "Counts for one award type")
    public record Row(
            @Schema(required = true) UUID awardTypeId,
            @Schema(required = true, examples = "TTLDTT") String code,
            @Schema(required = true, examples = "Tập thể lao động tiên tiến") String name,
            @Schema(required = true) AwardSubject subject,
            @Schema(required = true, examples = "3") long submitted,
            @Schema(required = true, examples = "245") long approved,
            @Schema(required = true, examples = "1") long returned,
            @Schema(required = true, examples = "249") long total) {
    }
}
