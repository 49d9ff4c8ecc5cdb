package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringTemplateView", description = "A template in a list")
public record ScoringTemplateView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID periodId,
        @Schema(examples = "2026") String periodLabel,
        @Schema(required = true) TargetGroup targetGroup,
        @Schema(required = true, examples = "1") int versionNo,
        @Schema(required = true, examples = "Bảng tiêu chí thi đua các đơn vị thuộc Bộ năm 2026") String name,
        @Schema(required = true) TemplateStatus status,
        @Schema(required = true, examples = "200") BigDecimal totalPoints,
        @Schema(required = true) boolean requiresCertification,
        @Schema(required = true, examples = "12") int criterionCount,
        @Schema(required = true, examples = "0") long version) {
}
