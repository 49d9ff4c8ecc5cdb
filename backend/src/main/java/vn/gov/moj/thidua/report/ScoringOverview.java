package vn.gov.moj.thidua.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringOverview", description = "Scoring across the sector: per cluster, progress of the sheets, the leader and how much the clusters cut self-scores")
public record ScoringOverview(@Schema(required = true) List<ClusterRow> clusters) {

    @Schema(name = "ScoringClusterRow")
    public record ClusterRow(
            @Schema(required = true) UUID clusterId,
            @Schema(required = true, examples = "Cụm thi đua số III") String clusterName,
            @Schema(required = true) UUID periodId,
            @Schema(required = true, examples = "2026") String periodLabel,
            @Schema(required = true, examples = "6") long members,
            @Schema(required = true, description = "Sheets past DRAFT", examples = "6") long submittedSheets,
            @Schema(required = true, description = "Sheets VERIFIED or LOCKED", examples = "4") long verifiedSheets,
            @Schema(required = true, examples = "2") long lockedSheets,
            @Schema(required = true, description = "Every member's sheet locked") boolean published,
            @Schema(description = "First by total (verified where verified, else self)", examples = "Cục Hành chính tư pháp") String topUnitName,
            @Schema(examples = "192.5") BigDecimal topTotal,
            @Schema(required = true, description = "Self total over verified and locked sheets", examples = "760") BigDecimal selfTotal,
            @Schema(required = true, description = "Verified total over the same sheets", examples = "748.5") BigDecimal verifiedTotal,
            @Schema(required = true, description = "selfTotal − verifiedTotal: the formalism signal", examples = "11.5") BigDecimal cut,
            @Schema(required = true, description = "Criteria scored lower than self-scored", examples = "7") long criteriaCut) {
    }
}
