package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.org.UnitKind;

@Schema(name = "CampaignDetail", description = "A campaign with its target units, targets, documents and the actions its state allows")
public record CampaignDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Toàn ngành Tư pháp ra sức thi đua về đích sớm các chỉ tiêu năm 2026") String title,
        @Schema(examples = "Đoàn kết, kỷ cương, đổi mới, hiệu quả") String slogan,
        @Schema(required = true) CampaignType type,
        @Schema(required = true) CampaignScope scope,
        @Schema(description = "Cấp phát động; absent = not recorded") LaunchLevel launchLevel,
        @Schema(description = "Phạm vi tổ chức; absent = not recorded") OrganisingScope organisingScope,
        @Schema(required = true) UUID launchingUnitId,
        @Schema(examples = "Vụ Tổ chức cán bộ") String launchingUnitName,
        UUID periodId,
        @Schema(examples = "2026") String periodLabel,
        @Schema(required = true, examples = "2026-01-15") LocalDate startDate,
        @Schema(required = true, examples = "2026-12-15") LocalDate endDate,
        @Schema(examples = "2026-03-31") LocalDate registrationDeadline,
        @Schema(examples = "2026-07-15") LocalDate interimReportDue,
        @Schema(examples = "2026-12-10") LocalDate finalReportDue,
        @Schema(required = true) TargetSelector targetSelector,
        UUID targetClusterId,
        UnitKind targetUnitKind,
        @Schema(required = true) List<UnitRef> targetUnits,
        @Schema(required = true) List<GoalDto> goals,
        @Schema(required = true) List<DocumentView> documents,
        @Schema(required = true) CampaignStatus status,
        Instant launchedAt,
        @Schema(required = true, description = "State-changing actions the current state allows", examples = "[\"launch\"]") List<String> allowedActions,
        @Schema(required = true) long version,
        @Schema(description = "Entered as history (nhập bổ sung) from a past year's records: who entered it; empty when made at the time",
                examples = "secretariat") String enteredBy,
        @Schema(description = "Entered as history: when it was entered") Instant enteredAt) {
}
