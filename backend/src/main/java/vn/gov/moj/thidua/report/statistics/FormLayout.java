package vn.gov.moj.thidua.report.statistics;

import java.util.List;

/** A form's printed frame: its header texts, rows and columns, as in the circular's template (docs/statistics.md). */
record FormLayout(String form, String code, String title, String receivingUnit, String receivedBy, String unitOfMeasure,
        boolean unitColumn, List<Line> rows, List<Column> columns, List<String> notes) {

    static final String ISSUED_BY = "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ";

    /** A row: code null for a group heading; unit is the "Đơn vị tính" of column C; indent 0 total, 1 item, 2 sub-item. */
    record Line(String code, String label, String unit, int indent) {

        static Line heading(String label) {
            return new Line(null, label, null, 0);
        }

        static Line item(String code, String label, String unit) {
            return new Line(code, label, unit, 1);
        }

        static Line sub(String code, String label, String unit) {
            return new Line(code, label, unit, 2);
        }
    }

    /** A data column: its key (cell address), printed number, group heading, label and Tập thể/Cá nhân leaf. */
    record Column(String key, String number, String group, String label, String leaf) {
    }
}
