package vn.gov.moj.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Report exports: the CSV layout as ever (quoted text, bare numbers, CRLF, BOM) and no formula from user text. */
class ReportTableTest {

    static final String HOSTILE = "Tên\n=HYPERLINK(\"http://evil.example\",\"Bấm\")";

    static List<ReportTable> tables(String name) {
        return List.of(
                new ReportTable("Theo cấp", List.of("Cấp", "Số", "Tỷ lệ", "Lãnh đạo"),
                        List.of(Arrays.asList("COMMUNE", 2, new BigDecimal("1.0000"), true), Arrays.asList(null, 0, null, false))),
                new ReportTable("Khen thưởng", List.of("Đơn vị"), List.of(List.of(name))));
    }

    @Test
    void csvKeepsItsLayout() {
        assertThat(ReportTable.csv(tables("Cục Hành chính tư pháp"))).isEqualTo("\uFEFF"
                + "\"Theo cấp\"\r\n"
                + "\"Cấp\",\"Số\",\"Tỷ lệ\",\"Lãnh đạo\"\r\n"
                + "\"COMMUNE\",2,1.0000,true\r\n"
                + ",0,,false\r\n"
                + "\r\n"
                + "\"Khen thưởng\"\r\n"
                + "\"Đơn vị\"\r\n"
                + "\"Cục Hành chính tư pháp\"\r\n");
    }

    @Test
    void hostileTextIsShownAsTextInCsvAndExcel() throws IOException {
        assertThat(ReportTable.csv(tables(HOSTILE))).endsWith("\"Tên\n'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm\"\")\"\r\n");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(ReportTable.xlsx(tables(HOSTILE))))) {
            List<Row> rows = book.getSheets().toList().get(1).read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Tên\n'=HYPERLINK(\"http://evil.example\",\"Bấm\")");
            List<Row> first = book.getFirstSheet().read();
            assertThat(first.get(1).getCell(1).asNumber()).as("row 2, column B").isEqualByComparingTo("2");
        }
    }
}
