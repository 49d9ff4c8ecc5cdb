package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignReport", description = "A target unit's interim or final report")
public record ReportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID campaignId,
        @Schema(required = true) UUID unitId,
        @Schema(examples = "Cục Hành chính tư pháp") String unitName,
        @Schema(required = true) ReportStage stage,
        @Schema(required = true, examples = "Đã tổ chức phát động; hoàn thành 6/8 chỉ tiêu.") String summary,
        @Schema(required = true, examples = "head.hctp") String submittedBy,
        @Schema(required = true) Instant submittedAt) {
}
