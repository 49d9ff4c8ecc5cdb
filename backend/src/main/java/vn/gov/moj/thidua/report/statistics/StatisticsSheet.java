package vn.gov.moj.thidua.report.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.gov.moj.thidua.common.export.CsvWriter;
import vn.gov.moj.thidua.common.export.FormulaGuard;

/**
 * A statistics form laid out as the circular prints it: header blocks (Biểu số, Đơn vị báo cáo, nhận báo cáo, ngày
 * nhận), title, year, Đơn vị tính, the column headings with their numbering row (A, B, C, 1, 2…), the rows with their
 * codes, then the signature blocks. The same grid goes to Excel (fastexcel, with merged headings) and to CSV.
 */
public final class StatisticsSheet {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatisticsForm form;
    private final List<List<Object>> grid = new ArrayList<>();
    private final int first;
    private final int width;
    private int titleRow;
    private int headerRow;
    private int tableEnd;

    private StatisticsSheet(StatisticsForm form) {
        this.form = form;
        boolean unitColumn = form.unitOfMeasure() == null;
        this.first = unitColumn ? 3 : 2;
        this.width = first + form.columns().size();
        build(unitColumn);
    }

    public static byte[] xlsx(StatisticsForm form) {
        return new StatisticsSheet(form).toXlsx();
    }

    public static String csv(StatisticsForm form) {
        return new StatisticsSheet(form).toCsv();
    }

    private List<Object> line() {
        List<Object> row = new ArrayList<>(Collections.nCopies(width, null));
        grid.add(row);
        return row;
    }

    private void put(List<Object> row, int column, Object value) {
        row.set(Math.min(column, width - 1), value);
    }

    private void build(boolean unitColumn) {
        int right = Math.max(first, width - 3);
        List<Object> top = line();
        put(top, 0, "Biểu số: " + form.code());
        put(top, right, "Đơn vị báo cáo: " + form.reportingUnit());
        List<Object> second = line();
        put(second, 0, form.issuedBy());
        if (form.receivingUnit() != null) {
            put(second, right, "Đơn vị nhận báo cáo: " + form.receivingUnit());
        }
        if (form.receivedBy() != null) {
            put(line(), 0, "Ngày nhận báo cáo: " + form.receivedBy());
        }
        line();
        titleRow = grid.size();
        put(line(), 0, form.title());
        put(line(), 0, "Năm " + form.year());
        if (form.unitOfMeasure() != null) {
            put(line(), right, "Đơn vị tính: " + form.unitOfMeasure());
        }
        line();
        headerRow = grid.size();
        List<Object> groups = line();
        List<Object> labels = line();
        List<Object> leaves = line();
        List<Object> numbers = line();
        put(groups, 0, "");
        put(groups, 1, "Mã số");
        put(numbers, 0, "A");
        put(numbers, 1, "B");
        if (unitColumn) {
            put(groups, 2, "Đơn vị tính");
            put(numbers, 2, "C");
        }
        for (int i = 0; i < form.columns().size(); i++) {
            StatisticsForm.Column c = form.columns().get(i);
            put(groups, first + i, c.group() != null ? c.group() : c.label());
            put(labels, first + i, c.group() != null ? c.label() : null);
            put(leaves, first + i, c.leaf());
            put(numbers, first + i, c.number());
        }
        for (StatisticsForm.Row r : form.rows()) {
            List<Object> row = line();
            put(row, 0, "  ".repeat(Math.max(0, r.indent() - 1)) + r.label());
            put(row, 1, r.code());
            if (unitColumn) {
                put(row, 2, r.unit());
            }
            for (int i = 0; i < r.cells().size(); i++) {
                put(row, first + i, r.cells().get(i));
            }
        }
        tableEnd = grid.size();
        line();
        List<Object> sign = line();
        put(sign, 0, "Người lập biểu");
        put(sign, right, "Thủ trưởng đơn vị");
        List<Object> how = line();
        put(how, 0, "(Ký, họ tên)");
        put(how, right, "(Ký, họ tên, đóng dấu)");
        line();
        put(line(), 0, "Cách tính:");
        form.notes().forEach(n -> put(line(), 0, "- " + n));
    }

    private byte[] toXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Biểu " + form.form());
            for (int r = 0; r < grid.size(); r++) {
                List<Object> row = grid.get(r);
                for (int c = 0; c < width; c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v != null) {
                        sheet.value(r, c, FormulaGuard.neutralise(v.toString()));
                    }
                }
            }
            sheet.range(titleRow, 0, titleRow, width - 1).merge();
            sheet.range(titleRow, 0, titleRow + 1, width - 1).style().bold().horizontalAlignment("center").set();
            sheet.range(titleRow + 1, 0, titleRow + 1, width - 1).merge();
            mergeRuns(sheet, headerRow);
            mergeRuns(sheet, headerRow + 1);
            sheet.range(headerRow, 0, headerRow + 3, width - 1).style().bold().wrapText(true).horizontalAlignment("center")
                    .verticalAlignment("center").borderStyle("thin").set();
            sheet.range(headerRow + 4, 0, tableEnd - 1, width - 1).style().borderStyle("thin").set();
            for (int r = headerRow + 4; r < tableEnd; r++) {
                if (grid.get(r).get(1) == null || "01".equals(grid.get(r).get(1))) {
                    sheet.style(r, 0).bold().borderStyle("thin").set();
                }
            }
            sheet.width(0, 48);
            for (int c = 1; c < width; c++) {
                sheet.width(c, c < first ? 10 : 14);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Merges runs of equal headings side by side (a group over its columns, a label over its Tập thể / Cá nhân pair). */
    private void mergeRuns(Worksheet sheet, int r) {
        List<Object> row = grid.get(r);
        int start = first;
        for (int c = first + 1; c <= width; c++) {
            boolean same = c < width && row.get(c) != null && Objects.equals(row.get(c), row.get(start))
                    && (r == headerRow || Objects.equals(grid.get(headerRow).get(c), grid.get(headerRow).get(start)));
            if (!same) {
                if (c - 1 > start && row.get(start) != null) {
                    sheet.range(r, start, r, c - 1).merge();
                }
                start = c;
            }
        }
    }

    private String toCsv() {
        CsvWriter csv = new CsvWriter(CsvWriter.CRLF);
        for (List<Object> row : grid) {
            for (Object v : row) {
                if (v == null || v instanceof Number) {
                    csv.cell(v);
                } else {
                    csv.quoted(v);
                }
            }
            csv.endRow();
        }
        return csv.toString();
    }
}
