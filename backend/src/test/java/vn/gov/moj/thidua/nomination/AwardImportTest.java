package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AwardImportTest {

    static AwardImport.Parsed parse(String csv) {
        return AwardImport.parse(AwardImport.readCsv(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsQuotedCellsVietnameseDatesAndABom() {
        var parsed = parse("\uFEFFawardType;personId;year;decisionNumber;decisionDate\r\n"
                + "cstdcs;00000000-0000-4000-8000-000000007001;2024;\"12/QĐ; \"\"đợt 2\"\"\";9/1/2025\r\n");
        assertThat(parsed.errors()).isEmpty();
        var line = parsed.lines().get(0);
        assertThat(line.awardType()).isEqualTo("CSTDCS");
        assertThat(line.decisionNumber()).isEqualTo("12/QĐ; \"đợt 2\"");
        assertThat(line.decisionDate()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(line.row()).isEqualTo(2);
    }

    @Test
    void reportsEveryBadCellWithItsRowAndColumn() {
        var parsed = parse("awardType,personId,unitId,year,decisionNumber,decisionDate\n"
                + ",abc,,1800,,2020-13-01\n"
                + "LDTT,00000000-0000-4000-8000-000000007001,00000000-0000-4000-8000-000000000201,2020,1/QĐ,2019-12-31\n");
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.errors()).extracting(e -> e.row() + "." + e.column()).containsExactly(
                "2.awardType", "2.personId", "2.year", "2.decisionNumber", "2.decisionDate", "3.unitId", "3.decisionDate");
    }

    @Test
    void refusesAFileWithoutTheNeededColumns() {
        assertThat(parse("awardType,year\nLDTT,2020\n").errors()).extracting(AwardImport.RowError::column).containsExactly("header");
        assertThat(parse("").errors()).hasSize(1);
    }
}
