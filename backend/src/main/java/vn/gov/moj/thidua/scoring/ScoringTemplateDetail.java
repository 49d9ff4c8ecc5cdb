package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringTemplateDetail", description = "A template with its sections and criteria")
public record ScoringTemplateDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID periodId,
        @Schema(examples = "2026") String periodLabel,
        @Schema(required = true) TargetGroup targetGroup,
        @Schema(required = true, examples = "1") int versionNo,
        @Schema(required = true) String name,
        @Schema(required = true) TemplateStatus status,
        @Schema(required = true, examples = "200") BigDecimal totalPoints,
        @Schema(required = true) boolean requiresCertification,
        @Schema(required = true, examples = "[\"SECTION:A\",\"FEWER_DEDUCTIONS\"]") List<String> tieBreak,
        @Schema(required = true) List<TemplateSection> sections,
        Instant publishedAt,
        @Schema(required = true, examples = "0") long version) {
}
