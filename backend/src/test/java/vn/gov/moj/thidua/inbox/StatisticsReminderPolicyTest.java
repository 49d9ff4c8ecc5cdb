package vn.gov.moj.thidua.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class StatisticsReminderPolicyTest {

    static final MonthDay NOV_15 = MonthDay.of(11, 15);

    @Test
    void showsFromTheLeadDayThroughTheFifteenthOfDecember() {
        var first = StatisticsReminderPolicy.reminder(LocalDate.of(2026, 11, 15), NOV_15).orElseThrow();
        assertThat(first.title()).isEqualTo("Báo cáo thống kê TĐKT năm 2026 (Biểu 0601–0603) hạn 15/12");
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 12, 15), NOV_15)).isPresent();
        // one item per year, the same on every day of the window
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 12, 1), NOV_15).orElseThrow().id()).isEqualTo(first.id());
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2027, 12, 1), NOV_15).orElseThrow().id()).isNotEqualTo(first.id());
    }

    @Test
    void nothingBeforeTheLeadDayOrAfterTheDeadline() {
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 11, 14), NOV_15)).isEmpty();
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 12, 16), NOV_15)).isEmpty();
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 1, 10), NOV_15)).isEmpty();
    }

    @Test
    void theLeadDayIsConfigurable() {
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 11, 10), MonthDay.of(11, 1))).isPresent();
        assertThat(StatisticsReminderPolicy.reminder(LocalDate.of(2026, 11, 30), MonthDay.of(12, 1))).isEmpty();
    }
}
