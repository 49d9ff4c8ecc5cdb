package vn.gov.moj.thidua.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The working-day calculator, pure: weekends, Tết 2026, a compensating day, a make-up Saturday, a year boundary. */
class WorkingDaysTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Tết Bính Ngọ: Monday 16/02 to Friday 20/02/2026 off (with the weekends, 14/02–22/02). */
    private static final WorkingDays TET_2026 = new WorkingDays(
            Set.of(d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20)), Set.of());

    @Test
    void weekendsAreOffAndWeekdaysWork() {
        WorkingDays w = WorkingDays.weekendsOnly();
        assertThat(w.isWorkingDay(d(2026, 12, 4))).isTrue(); // Friday
        assertThat(w.isWorkingDay(d(2026, 12, 5))).isFalse(); // Saturday
        assertThat(w.isWorkingDay(d(2026, 12, 6))).isFalse(); // Sunday
        assertThat(w.plus(d(2026, 12, 4), 1)).isEqualTo(d(2026, 12, 7)); // Friday + 1 = Monday
        assertThat(w.plus(d(2026, 12, 3), 0)).isEqualTo(d(2026, 12, 3));
        assertThat(w.plus(d(2026, 12, 7), -1)).isEqualTo(d(2026, 12, 4));
    }

    @Test
    void tetWeekIsSkipped() {
        // received Friday 13/02/2026: the 5th working day is Friday 27/02, not Thursday 19/02
        assertThat(TET_2026.plus(d(2026, 2, 13), 5)).isEqualTo(d(2026, 2, 27));
        assertThat(WorkingDays.weekendsOnly().plus(d(2026, 2, 13), 5)).isEqualTo(d(2026, 2, 20));
        assertThat(TET_2026.between(d(2026, 2, 13), d(2026, 2, 23))).isEqualTo(1);
        assertThat(TET_2026.isWorkingDay(d(2026, 2, 17))).isFalse();
    }

    @Test
    void aCompensatingDayAndAMakeUpSaturday() {
        // 2023: Giỗ Tổ on Sat 29/04, 30/04 Sunday, 01/05 Monday; off 01–03/05 (02/05 compensating, 03/05 swapped);
        // Saturday 06/05 worked instead
        WorkingDays w = new WorkingDays(Set.of(d(2023, 5, 1), d(2023, 5, 2), d(2023, 5, 3)), Set.of(d(2023, 5, 6)));
        assertThat(w.isWorkingDay(d(2023, 5, 2))).isFalse();
        assertThat(w.isWorkingDay(d(2023, 5, 6))).isTrue();
        assertThat(w.plus(d(2023, 4, 28), 1)).isEqualTo(d(2023, 5, 4));
        assertThat(w.plus(d(2023, 5, 5), 1)).isEqualTo(d(2023, 5, 6));
        assertThat(w.between(d(2023, 4, 28), d(2023, 5, 8))).isEqualTo(4); // 04, 05, 06 (Sat), 08
    }

    @Test
    void countsAcrossTheYearBoundaryWithNewYearsDay() {
        // Thursday 31/12/2026 + 1 working day: Friday 01/01/2027 is Tết Dương lịch, so Monday 04/01/2027
        WorkingDays w = new WorkingDays(Set.of(d(2027, 1, 1)), Set.of());
        assertThat(w.plus(d(2026, 12, 31), 1)).isEqualTo(d(2027, 1, 4));
        assertThat(w.between(d(2026, 12, 30), d(2027, 1, 5))).isEqualTo(3); // 31/12, 04/01, 05/01
    }

    @Test
    void betweenIsNegativeWhenOverdueAndZeroOnTheDay() {
        WorkingDays w = WorkingDays.weekendsOnly();
        assertThat(w.between(d(2026, 12, 3), d(2026, 12, 3))).isZero();
        assertThat(w.between(d(2026, 12, 7), d(2026, 12, 4))).isEqualTo(-1); // due Friday, today Monday: 1 day overdue
        assertThat(w.between(d(2026, 12, 4), d(2026, 12, 7))).isEqualTo(1);
        assertThat(w.between(d(2026, 12, 5), d(2026, 12, 6))).isZero(); // Saturday to Sunday
    }

    @Test
    void refusesAnAbsurdNumberOfDaysToAdd() {
        WorkingDays w = WorkingDays.weekendsOnly();
        assertThatThrownBy(() -> w.plus(d(2026, 1, 1), 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsALongSpanLikeTheDayByDayWalk() {
        // An inbox item due decades ahead (a period set up far in advance) must not fail the inbox.
        WorkingDays w = new WorkingDays(Set.of(d(2026, 12, 31), d(2027, 1, 1), d(2027, 1, 2)), Set.of(d(2027, 1, 9)));
        assertThat(w.between(d(2026, 12, 3), d(2094, 12, 31))).isEqualTo(walk(w, d(2026, 12, 3), d(2094, 12, 31)));
        assertThat(w.between(d(2094, 12, 31), d(2026, 12, 3))).isEqualTo(-walk(w, d(2026, 12, 3), d(2094, 12, 31)));
        for (int span = 0; span < 30; span++) {
            assertThat(w.between(d(2026, 12, 20), d(2026, 12, 20).plusDays(span)))
                    .as("span %d", span).isEqualTo(walk(w, d(2026, 12, 20), d(2026, 12, 20).plusDays(span)));
        }
        // 2026-12-31 and 2027-01-01 are weekdays off, 2027-01-02 is a Saturday anyway, 2027-01-09 a Saturday worked
        assertThat(w.between(d(2026, 12, 30), d(2027, 1, 9))).isEqualTo(6);
    }

    private static int walk(WorkingDays w, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (w.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
