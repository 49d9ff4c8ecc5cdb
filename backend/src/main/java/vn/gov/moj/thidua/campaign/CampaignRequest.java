package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;
import vn.gov.moj.thidua.org.UnitKind;

@Schema(name = "CampaignRequest", description = "Creates or replaces a draft campaign. Target units come from a cluster, a unit kind, or a list.")
public record CampaignRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Toàn ngành Tư pháp ra sức thi đua về đích sớm các chỉ tiêu năm 2026") @PlainName String title,
        @Size(max = 500) @Schema(examples = "Đoàn kết, kỷ cương, đổi mới, hiệu quả") String slogan,
        @NotNull @Schema(required = true) CampaignType type,
        @NotNull @Schema(required = true) CampaignScope scope,
        @Schema(description = "Defaults to the caller's unit") UUID launchingUnitId,
        @Schema(description = "The emulation period (năm thi đua) it belongs to") UUID periodId,
        @NotNull @Schema(required = true, examples = "2026-01-15") LocalDate startDate,
        @NotNull @Schema(required = true, examples = "2026-12-15") LocalDate endDate,
        @Schema(description = "Last day to register; defaults to endDate", examples = "2026-03-31") LocalDate registrationDeadline,
        @Schema(description = "Sơ kết report due", examples = "2026-07-15") LocalDate interimReportDue,
        @Schema(description = "Tổng kết report due", examples = "2026-12-10") LocalDate finalReportDue,
        @NotNull @Schema(required = true) TargetSelector targetSelector,
        @Schema(description = "With targetSelector CLUSTER") UUID targetClusterId,
        @Schema(description = "With targetSelector KIND: every unit of this kind that exists during the campaign") UnitKind targetUnitKind,
        @Size(max = 2000) @Schema(description = "With targetSelector LIST") List<@NotNull UUID> targetUnitIds,
        @Size(max = 100) @Valid List<@NotNull GoalDto> goals,
        @Schema(description = "Cấp phát động (Biểu 0601.N); absent = not recorded, derived from scope in the statistics") LaunchLevel launchLevel,
        @Schema(description = "Phạm vi tổ chức (Biểu 0601.N); absent = not recorded, derived from scope in the statistics") OrganisingScope organisingScope) {
}
