package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Campaign", description = "A campaign (phong trào thi đua) in a list")
public record CampaignView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Toàn ngành Tư pháp ra sức thi đua về đích sớm các chỉ tiêu năm 2026") String title,
        @Schema(examples = "Đoàn kết, kỷ cương, đổi mới, hiệu quả") String slogan,
        @Schema(required = true) CampaignType type,
        @Schema(required = true) CampaignScope scope,
        @Schema(required = true) UUID launchingUnitId,
        @Schema(examples = "Vụ Tổ chức cán bộ") String launchingUnitName,
        UUID periodId,
        @Schema(required = true, examples = "2026-01-15") LocalDate startDate,
        @Schema(required = true, examples = "2026-12-15") LocalDate endDate,
        @Schema(examples = "2026-03-31") LocalDate registrationDeadline,
        @Schema(required = true) CampaignStatus status,
        @Schema(required = true, examples = "6") int targetUnitCount,
        @Schema(required = true) long version) {
}
