package vn.gov.moj.thidua.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** One exportable table of a report: a sheet in Excel, a block in CSV. */
record ReportTable(String title, List<String> headers, List<List<Object>> rows) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** An Excel workbook, one sheet per table, numbers as numbers. */
    static byte[] xlsx(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            for (ReportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.title());
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, table.headers().get(c));
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
                            sheet.value(r, c, v.toString());
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
        StringBuilder csv = new StringBuilder("\uFEFF");
        boolean first = true;
        for (ReportTable table : tables) {
            if (!first) {
                csv.append("\r\n");
            }
            first = false;
            csv.append(quote(table.title())).append("\r\n");
            csv.append(String.join(",", table.headers().stream().map(ReportTable::quote).toList())).append("\r\n");
            for (List<Object> row : table.rows()) {
                csv.append(String.join(",", row.stream().map(ReportTable::cell).toList())).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    static String quote(String value) {
        String text = value == null ? "" : value;
        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")) {
            text = "'" + text; // no formula injection when opened in a spreadsheet
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
