package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreSheetView", description = "A score sheet in a list")
public record ScoreSheetView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clusterId,
        @Schema(required = true) UUID unitId,
        @Schema(examples = "Cục Hành chính tư pháp") String unitName,
        @Schema(required = true) UUID templateId,
        @Schema(required = true) ScoreSheetStatus status,
        @Schema(required = true, examples = "182.5") BigDecimal selfTotal,
        @Schema(description = "Verified where verified, else self", examples = "180") BigDecimal verifiedTotal,
        @Schema(required = true, examples = "3") long version) {
}
