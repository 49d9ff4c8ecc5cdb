package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Covenant", description = "Giao ước thi đua of a cluster for a period")
public record CovenantView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clusterId,
        @Schema(examples = "Cụm thi đua số III – khối các đơn vị thuộc Bộ") String clusterName,
        @Schema(required = true) UUID periodId,
        @Schema(examples = "2026") String periodLabel,
        UUID campaignId,
        @Schema(required = true, examples = "Giao ước thi đua năm 2026 – Cụm thi đua số III") String title,
        @Schema(required = true, examples = "2026-03-10") LocalDate signedOn,
        @Schema(required = true, examples = "Hội nghị phát động phong trào thi đua và ký kết giao ước Cụm III năm 2026") String conference,
        @Schema(required = true) List<UnitRef> members,
        @Schema(required = true) List<GoalDto> goals,
        @Schema(required = true) long version) {
}
