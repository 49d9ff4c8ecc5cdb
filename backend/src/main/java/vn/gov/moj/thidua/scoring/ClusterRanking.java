package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterRanking", description = "Bảng xếp hạng cụm — totals and ranks of the submitted sheets of a cluster")
public record ClusterRanking(
        @Schema(required = true) UUID clusterId,
        @Schema(required = true) String clusterName,
        @Schema(required = true) UUID periodId,
        @Schema(required = true, description = "True once every member's sheet is locked; until then a draft for the cluster's members")
        boolean published,
        @Schema(required = true, description = "Tie-break order after the total", examples = "[\"SECTION:A\",\"FEWER_DEDUCTIONS\"]")
        List<String> tieBreak,
        @Schema(required = true) List<Row> rows,
        @Schema(required = true, description = "Members without a submitted sheet") List<PendingUnit> pendingUnits,
        @Schema(description = "Who entered the cluster's final result as history of an ended period; null for a ranking computed from score sheets",
                examples = "secretariat") String enteredBy) {

    @Schema(name = "RankingRow")
    public record Row(
            @Schema(required = true, examples = "1") int rank,
            @Schema(required = true, description = "Equal on the total and every tie-break: the cluster vote settles it") boolean tied,
            @Schema(required = true) UUID unitId,
            @Schema(required = true) String unitName,
            @Schema(description = "The score sheet; null for a final result entered as history") UUID sheetId,
            @Schema(required = true) ScoreSheetStatus status,
            @Schema(required = true, description = "Verified where verified, else self", examples = "186.5") BigDecimal total,
            @Schema(required = true, examples = "190") BigDecimal selfTotal,
            @Schema(required = true, description = "Sum of deductions (≤ 0)", examples = "-1.5") BigDecimal deductions,
            @Schema(required = true, description = "The tie-break values, in tieBreak order") List<BigDecimal> tieBreakValues) {
    }

    @Schema(name = "PendingUnit")
    public record PendingUnit(@Schema(required = true) UUID unitId, String unitName) {
    }
}
