package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreSheetDetail", description = "A score sheet with its template's sections, self and verified scores, and what the caller may do")
public record ScoreSheetDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID templateId,
        @Schema(required = true) String templateName,
        @Schema(required = true) UUID clusterId,
        String clusterName,
        @Schema(required = true) UUID unitId,
        String unitName,
        @Schema(required = true) ScoreSheetStatus status,
        @Schema(required = true) boolean requiresCertification,
        String returnComment,
        String certificationNote,
        @Schema(required = true, examples = "200") BigDecimal maxPoints,
        @Schema(required = true, examples = "182.5") BigDecimal selfTotal,
        @Schema(description = "Verified where verified, else self; absent before any verification", examples = "180") BigDecimal verifiedTotal,
        @Schema(required = true) List<Section> sections,
        @Schema(required = true, description = "Actions the caller may take now", examples = "[\"edit\",\"submit\"]") List<String> allowedActions,
        @Schema(required = true, examples = "3") long version) {

    @Schema(name = "ScoreSheetSection")
    public record Section(
            @Schema(required = true) String code,
            @Schema(required = true) String title,
            @Schema(required = true) BigDecimal maxPoints,
            @Schema(required = true) BigDecimal selfPoints,
            BigDecimal verifiedPoints,
            @Schema(required = true, description = "Criteria with a self input") int scored,
            @Schema(required = true) List<Criterion> criteria) {
    }

    @Schema(name = "ScoreSheetCriterion")
    public record Criterion(
            @Schema(required = true) String code,
            @Schema(required = true) String text,
            @Schema(required = true) BigDecimal maxPoints,
            @Schema(required = true) CriterionMethod method,
            List<Band> bands,
            BigDecimal perEvent,
            String guidance,
            BigDecimal selfInput,
            BigDecimal selfPoints,
            String note,
            @Schema(required = true) List<Evidence> evidence,
            BigDecimal verifiedInput,
            BigDecimal verifiedPoints,
            String diffReason) {
    }
}
