package vn.gov.moj.thidua.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.gov.moj.thidua.common.export.CsvWriter;
import vn.gov.moj.thidua.common.export.FormulaGuard;

/** One exportable table of a report: a sheet in Excel, a block in CSV. */
record ReportTable(String title, List<String> headers, List<List<Object>> rows) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** An Excel workbook, one sheet per table, numbers as numbers, text never a formula. */
    static byte[] xlsx(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            for (ReportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.title());
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, FormulaGuard.neutralise(table.headers().get(c)));
                    sheet.style(0, c).bold().set();
                }
                int r = 1;
                for (List<Object> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            sheet.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            sheet.value(r, c, b ? "x" : "");
                        } else if (v != null) {
                            sheet.value(r, c, FormulaGuard.neutralise(v.toString()));
                        }
                    }
                    r++;
                }
                sheet.width(0, 30);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** CSV, UTF-8 with BOM so Excel reads Vietnamese; tables separated by a blank line and their title. */
    static String csv(List<ReportTable> tables) {
        CsvWriter csv = new CsvWriter(CsvWriter.CRLF);
        boolean first = true;
        for (ReportTable table : tables) {
            if (!first) {
                csv.endRow();
            }
            first = false;
            csv.quoted(table.title()).endRow();
            table.headers().forEach(csv::quoted);
            csv.endRow();
            for (List<Object> row : table.rows()) {
                for (Object v : row) {
                    if (v == null || v instanceof Number || v instanceof Boolean) {
                        csv.cell(v);
                    } else {
                        csv.quoted(v);
                    }
                }
                csv.endRow();
            }
        }
        return csv.toString();
    }
}
