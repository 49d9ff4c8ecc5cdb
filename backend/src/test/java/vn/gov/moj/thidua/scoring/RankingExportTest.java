package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The ranking's CSV and Excel exports: the same bytes as ever for normal names, no formula from a hostile one. */
class RankingExportTest {

    static final String HOSTILE = "Tên\n=HYPERLINK(\"http://evil.example\",\"Bấm\")";

    static ClusterRanking ranking(String... names) {
        List<ClusterRanking.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            rows.add(new ClusterRanking.Row(i + 1, i == 1, UUID.randomUUID(), names[i], UUID.randomUUID(), ScoreSheetStatus.LOCKED,
                    new BigDecimal("13.75"), new BigDecimal("14"), new BigDecimal("-0.25"), List.of()));
        }
        return new ClusterRanking(UUID.randomUUID(), "-Cụm III", UUID.randomUUID(), true, List.of(), rows, List.of(), null);
    }

    @Test
    void csvKeepsItsLayoutAndShowsHostileNamesAsText() {
        assertThat(RankingCsv.of(ranking("Cục Phổ biến, giáo dục pháp luật", HOSTILE))).isEqualTo("\uFEFF"
                + "Hạng,Đồng hạng,Đơn vị,Trạng thái,Tổng điểm,Điểm tự chấm,Điểm trừ\r\n"
                + "1,,\"Cục Phổ biến, giáo dục pháp luật\",LOCKED,13.75,14,-0.25\r\n"
                + "2,x,\"Tên\n'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm\"\")\",LOCKED,13.75,14,-0.25\r\n");
    }

    /** The row numbered {@code number} (from 1, as Excel shows it); empty rows are not read. */
    static Row row(List<Row> rows, int number) {
        return rows.stream().filter(r -> r.getRowNum() == number).findFirst().orElseThrow();
    }

    @Test
    void excelTextCellsAreNeutralisedAndNumbersStayNumbers() throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(RankingXlsx.of(ranking("@Cục A", HOSTILE))))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(row(rows, 1).getCellText(0)).isEqualTo("'-Cụm III");
            assertThat(row(rows, 5).getCellText(2)).isEqualTo("'@Cục A");
            assertThat(row(rows, 6).getCellText(2)).isEqualTo("Tên\n'=HYPERLINK(\"http://evil.example\",\"Bấm\")");
            assertThat(row(rows, 6).getCell(6).asNumber()).isEqualByComparingTo("-0.25");
        }
    }
}
