package vn.gov.moj.thidua.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Working days of Vietnamese state bodies: Monday to Friday, less the days off of the holiday calendar (public
 * holidays, compensating and swapped days), plus the Saturdays a year's notice makes working days (làm bù).
 * Pure and immutable; the calendar's rows come from {@code catalog.HolidayCalendar}.
 *
 * <p>Counting follows the usual wording of procedural time limits, "trong thời hạn N ngày làm việc kể từ ngày ...":
 * the day of the event is not counted, the N-th working day after it is the last day.
 */
public final class WorkingDays {

    /** Far enough for any deadline of the sector; a longer walk means a bad argument. */
    private static final int MAX_SPAN = 3660;

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingDays(Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
        this.daysOff = Set.copyOf(daysOff);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    /** Only Saturdays and Sundays off (no calendar). */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    /**
     * The {@code n}-th working day after {@code from} (from itself not counted); {@code n = 0} gives {@code from}.
     * A negative {@code n} counts backwards.
     */
    public LocalDate plus(LocalDate from, int n) {
        if (Math.abs(n) > MAX_SPAN) {
            throw new IllegalArgumentException("working days out of range: " + n);
        }
        int step = n < 0 ? -1 : 1;
        LocalDate day = from;
        for (int left = Math.abs(n); left > 0;) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} to {@code to}: the working days in (from, to] when {@code to} is later, minus
     * the working days in (to, from] when it is earlier, 0 on the same day. "còn N ngày làm việc" is
     * {@code between(today, due)}; a negative answer is the number of working days overdue.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        // Whole weeks hold five weekdays each; the calendar's rows then correct the count. Any span, no day-by-day walk:
        // an inbox may hold an item due decades ahead (a period set up far in advance).
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        for (LocalDate day = from.plusDays(days / 7 * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWeekday(day)) {
                count++;
            }
        }
        for (LocalDate off : daysOff) {
            if (inside(off, from, to) && isWeekday(off) && !workingWeekendDays.contains(off)) {
                count--;
            }
        }
        for (LocalDate worked : workingWeekendDays) {
            if (inside(worked, from, to) && !isWeekday(worked)) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** In (from, to]. */
    private static boolean inside(LocalDate day, LocalDate from, LocalDate to) {
        return day.isAfter(from) && !day.isAfter(to);
    }
}
