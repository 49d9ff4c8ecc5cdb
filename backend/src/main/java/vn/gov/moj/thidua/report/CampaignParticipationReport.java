package vn.gov.moj.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignParticipationReport", description = "Every campaign's movement after its launch, sector-wide (same definitions as a campaign's participation view)")
public record CampaignParticipationReport(
        @Schema(required = true, examples = "2026-11-22") LocalDate asOf,
        @Schema(required = true, examples = "6") int campaigns,
        @Schema(required = true, description = "Target units over all campaigns", examples = "40") long targetUnits,
        @Schema(required = true, examples = "9") long overdueUnits,
        @Schema(required = true) List<Row> rows) {

    @Schema(name = "CampaignParticipationRow")
    public record Row(
            @Schema(required = true) UUID campaignId,
            @Schema(required = true, examples = "Thi đua hoàn thành xuất sắc nhiệm vụ năm 2026") String title,
            @Schema(required = true, examples = "IN_PROGRESS") String status,
            @Schema(required = true, examples = "CLUSTER") String scope,
            @Schema(required = true, examples = "2026-01-15") LocalDate startDate,
            @Schema(required = true, examples = "2026-12-15") LocalDate endDate,
            @Schema(required = true, examples = "6") long targetUnits,
            @Schema(required = true, description = "Units with a registration past DRAFT", examples = "4") long registeredUnits,
            @Schema(required = true, examples = "3") long interimReportedUnits,
            @Schema(required = true, examples = "0") long finalReportedUnits,
            @Schema(required = true, description = "Units past a deadline with nothing from them", examples = "2") long overdueUnits,
            @Schema(required = true, description = "Registrations past DRAFT", examples = "9") long registrations,
            @Schema(required = true, examples = "5") long approvedRegistrations) {
    }
}
