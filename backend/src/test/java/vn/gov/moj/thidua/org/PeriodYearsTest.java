package vn.gov.moj.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An emulation period may run October to September (issue 19): its year is the one it ends in, its days are its own. */
class PeriodYearsTest {

    private static final PeriodYears.Window OCTOBER = new PeriodYears.Window(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30));
    private static final PeriodYears.Window CALENDAR_2026 = new PeriodYears.Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void anOctoberPeriodIsTheLedgerYearItEndsIn() {
        assertThat(PeriodYears.ledgerYear(OCTOBER.end())).isEqualTo(2027);
        assertThat(PeriodYears.ledgerYear(CALENDAR_2026.end())).isEqualTo(2026);
    }

    @Test
    void theDaysOfALedgerYearAreThoseOfItsPeriodNotJanuaryToDecember() {
        PeriodYears.Window year2027 = PeriodYears.window(2027, List.of(CALENDAR_2026, OCTOBER));
        assertThat(year2027).isEqualTo(OCTOBER);
        assertThat(year2027.contains(LocalDate.of(2026, 10, 1))).isTrue(); // a December-2026 assignment counts for 2027
        assertThat(year2027.contains(LocalDate.of(2027, 9, 30))).isTrue();
        assertThat(year2027.contains(LocalDate.of(2027, 10, 1))).isFalse(); // already the next period
        assertThat(year2027.contains(LocalDate.of(2026, 9, 30))).isFalse();
    }

    @Test
    void aYearWithoutAPeriodIsTheCalendarYear() {
        assertThat(PeriodYears.window(2018, List.of(OCTOBER))).isEqualTo(
                new PeriodYears.Window(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
    }
}
