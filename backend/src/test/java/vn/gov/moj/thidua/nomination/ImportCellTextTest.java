package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Imported cells reach the database without the NUL PostgreSQL refuses (a 500 before), and NFC-composed. */
class ImportCellTextTest {

    @Test
    void shouldDropControlCharactersAndComposeTheTextOfEveryCell() {
        var parsed = AwardImport.parse(AwardImport.readCsv(("awardType,personId,year,decisionNumber,decisionDate,decidedBy\n"
                + "LDTT,00000000-0000-4000-8000-000000007001,2024,12/QĐ\u0000-BTP,2025-01-09,Bo\u0323\u0302 tru\u031Bo\u031B\u0309ng\u0085\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.lines().get(0).decisionNumber()).isEqualTo("12/QĐ-BTP");
        assertThat(parsed.lines().get(0).decidedBy()).isEqualTo("Bộ trưởng");
    }
}
