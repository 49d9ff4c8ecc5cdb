package vn.gov.moj.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitHistory", description = "A unit's years: awards to the unit and its people, and its scores, following predecessors through mergers")
public record UnitHistory(
        @Schema(required = true) UUID unitId,
        @Schema(required = true, examples = "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý") String unitName,
        @Schema(required = true, description = "The unit and every unit merged into it") List<LineageUnit> lineage,
        @Schema(required = true, description = "Latest year first") List<Year> years,
        @Schema(required = true) List<AwardCount> awards,
        @Schema(required = true) List<Score> scores) {

    @Schema(name = "LineageUnit")
    public record LineageUnit(@Schema(required = true) UUID unitId, @Schema(required = true) String name,
            @Schema(required = true) LocalDate validFrom, LocalDate validTo) {
    }

    @Schema(name = "UnitHistoryYear")
    public record Year(
            @Schema(required = true, examples = "2025") int year,
            @Schema(required = true, examples = "1") long collectiveAwards,
            @Schema(required = true, examples = "4") long individualAwards,
            @Schema(description = "Rank in its cluster that year, when scored", examples = "2") Integer rank,
            @Schema(examples = "186.5") BigDecimal total) {
    }

    @Schema(name = "UnitHistoryAward")
    public record AwardCount(
            @Schema(required = true, examples = "2024") int year,
            @Schema(required = true, examples = "CO_NGANH") String awardTypeCode,
            @Schema(required = true, examples = "Cờ thi đua của Bộ Tư pháp") String awardTypeName,
            @Schema(required = true, description = "To a person (else to the unit)") boolean individual,
            @Schema(required = true, examples = "Cục Trợ giúp pháp lý") String unitName,
            @Schema(required = true, examples = "1") long awards) {
    }

    @Schema(name = "UnitHistoryScore")
    public record Score(
            @Schema(required = true, examples = "2026") int year,
            @Schema(required = true, examples = "2026") String periodLabel,
            @Schema(required = true) UUID clusterId,
            @Schema(required = true, examples = "Cụm thi đua số III") String clusterName,
            @Schema(required = true, examples = "Cục Hành chính tư pháp") String unitName,
            @Schema(required = true, examples = "LOCKED") String status,
            @Schema(required = true, examples = "186.5") BigDecimal total,
            @Schema(required = true, examples = "190") BigDecimal selfTotal,
            @Schema(required = true, description = "Rank by total among the cluster's submitted sheets", examples = "2") int rank,
            @Schema(required = true, examples = "6") long rankedUnits) {
    }
}
