package vn.gov.moj.thidua.inbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.UUID;

import vn.gov.moj.thidua.common.read.WaitingItem;

/**
 * The yearly statistics report's reminder in the secretariat's inbox. Thông tư 02/2023/TT-BNV: the forms Biểu 0601.N,
 * 0602.N and 0603.N are received by 15 December of the report year (docs/statistics.md). The item shows from the
 * configured day of the year ({@code thidua.statistics.reminder-from}, default 15 November) through 15 December,
 * inclusive, and not outside that window. Pure: today is an argument.
 */
public final class StatisticsReminderPolicy {

    /** The day the forms are received by (Thông tư 02/2023/TT-BNV). */
    public static final MonthDay DEADLINE = MonthDay.of(12, 15);

    private StatisticsReminderPolicy() {
    }

    public static Optional<WaitingItem> reminder(LocalDate today, MonthDay from) {
        int year = today.getYear();
        LocalDate due = DEADLINE.atYear(year);
        if (today.isBefore(from.atYear(year)) || today.isAfter(due)) {
            return Optional.empty();
        }
        UUID id = UUID.nameUUIDFromBytes(("statistics-report-" + year).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new WaitingItem(id, "Báo cáo thống kê TĐKT năm " + year + " (Biểu 0601–0603) hạn 15/12",
                "Thông tư 02/2023/TT-BNV: Biểu 0601.N, 0602.N, 0603.N", due));
    }
}
