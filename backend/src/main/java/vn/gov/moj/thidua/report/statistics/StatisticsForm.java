package vn.gov.moj.thidua.report.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatisticsForm", description = "A statutory statistics form of Thông tư 02/2023/TT-BNV for one year: header, columns, "
        + "rows with one figure per column, and the records that could not be classified (docs/statistics.md)")
public record StatisticsForm(
        @Schema(required = true, examples = "0601") String form,
        @Schema(required = true, examples = "0601.N/BNV-TĐKT") String code,
        @Schema(required = true, examples = "SỐ PHONG TRÀO THI ĐUA") String title,
        @Schema(required = true, examples = "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ") String issuedBy,
        @Schema(required = true, examples = "2019") int year,
        @Schema(required = true, examples = "Bộ Tư pháp") String reportingUnit,
        @Schema(description = "Đơn vị nhận báo cáo; none on 0603", examples = "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)") String receivingUnit,
        @Schema(description = "Ngày nhận báo cáo; none on 0603", examples = "Ngày 15 tháng 12 năm báo cáo") String receivedBy,
        @Schema(description = "Đơn vị tính of the whole form (0601); otherwise per row", examples = "Phong trào") String unitOfMeasure,
        @Schema(required = true) List<Column> columns,
        @Schema(required = true) List<Row> rows,
        @Schema(required = true, description = "Counted records missing a classification: they count in the totals but in no row of that group") List<Unclassified> unclassified,
        @Schema(required = true, description = "The counting rules, each with its source or marked as our interpretation") List<String> notes) {

    @Schema(name = "StatisticsColumn")
    public record Column(
            @Schema(required = true, description = "The cell address used by the drill-down", examples = "2.HCLD_3.CN") String key,
            @Schema(required = true, description = "Column number as printed", examples = "2") String number,
            @Schema(description = "Group heading spanning several columns", examples = "Các loại huân chương, huy chương") String group,
            @Schema(required = true, examples = "Huân chương Lao động hạng Ba") String label,
            @Schema(description = "Tập thể or Cá nhân when the column is split", examples = "Cá nhân") String leaf) {
    }

    @Schema(name = "StatisticsRow")
    public record Row(
            @Schema(description = "Mã số; none on a group heading", examples = "01") String code,
            @Schema(required = true, examples = "Tổng số") String label,
            @Schema(description = "Đơn vị tính (column C)", examples = "Người") String unit,
            @Schema(required = true, description = "0 total or heading, 1 item, 2 sub-item", examples = "1") int indent,
            @Schema(required = true, description = "One figure per column, in column order; empty on a heading") List<Long> cells) {
    }

    @Schema(name = "StatisticsUnclassified")
    public record Unclassified(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "AWARD") String kind,
            @Schema(required = true, examples = "Nguyễn Văn A — Bằng khen của Bộ trưởng Bộ Tư pháp") String label,
            @Schema(required = true, examples = "phương thức khen thưởng") String missing) {
    }

    /**
     * The form of the layout filled with the facts: each cell counts the facts in its row and column. One pass over the
     * facts (each adds 1 to the cells of its rows × columns), not one per cell: a year of the ledger is ~100,000 facts
     * and form 0602 has ~1,000 cells (bench/results/round2-heavy.md).
     */
    static StatisticsForm of(FormLayout layout, int year, String reportingUnit, List<StatisticsFact> facts) {
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        for (StatisticsFact fact : facts) {
            for (String row : fact.rows()) {
                Map<String, long[]> byColumn = counts.computeIfAbsent(row, r -> new HashMap<>());
                for (String column : fact.columns()) {
                    byColumn.computeIfAbsent(column, c -> new long[1])[0]++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (FormLayout.Line line : layout.rows()) {
            List<Long> cells = new ArrayList<>();
            if (line.code() != null) {
                Map<String, long[]> byColumn = counts.getOrDefault(line.code(), Map.of());
                for (FormLayout.Column column : layout.columns()) {
                    long[] n = byColumn.get(column.key());
                    cells.add(n == null ? 0L : n[0]);
                }
            }
            rows.add(new Row(line.code(), line.label(), line.unit(), line.indent(), cells));
        }
        Map<String, Unclassified> unclassified = new LinkedHashMap<>();
        for (StatisticsFact fact : facts) {
            for (String what : fact.missing()) {
                unclassified.putIfAbsent(fact.id() + what, new Unclassified(fact.id(), fact.kind(), fact.label(), what));
            }
        }
        List<Column> columns = layout.columns().stream().map(c -> new Column(c.key(), c.number(), c.group(), c.label(), c.leaf())).toList();
        return new StatisticsForm(layout.form(), layout.code(), layout.title(), FormLayout.ISSUED_BY, year, reportingUnit,
                layout.receivingUnit(), layout.receivedBy(), layout.unitOfMeasure(), columns, rows, List.copyOf(unclassified.values()),
                layout.notes());
    }
}
