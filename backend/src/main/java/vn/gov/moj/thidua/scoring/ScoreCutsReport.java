package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreCutsReport", description = "Self vs verified: where the cluster cut self-scores most (the formalism signal), over verified and locked sheets")
public record ScoreCutsReport(
        @Schema(required = true) UUID clusterId,
        @Schema(required = true) List<UnitCut> byUnit,
        @Schema(required = true) List<CriterionCut> byCriterion) {

    @Schema(name = "UnitCut")
    public record UnitCut(
            @Schema(required = true) UUID unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true, examples = "190") BigDecimal selfTotal,
            @Schema(required = true, examples = "184.5") BigDecimal verifiedTotal,
            @Schema(required = true, description = "Self minus verified", examples = "5.5") BigDecimal cut,
            @Schema(required = true, description = "Criteria scored lower than self-scored", examples = "3") int criteriaCut) {
    }

    @Schema(name = "CriterionCut")
    public record CriterionCut(
            @Schema(required = true, examples = "A.1") String criterionCode,
            @Schema(required = true, examples = "A") String sectionCode,
            String text,
            @Schema(required = true, description = "Points cut over all units", examples = "2.25") BigDecimal totalCut,
            @Schema(required = true, description = "The largest cut of one unit", examples = "1") BigDecimal largestCut,
            @Schema(required = true, description = "Units cut on this criterion", examples = "3") int unitsCut) {
    }
}
