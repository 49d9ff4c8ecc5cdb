package vn.gov.moj.thidua.org;

import java.time.LocalDate;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * When a past year may be entered as record-keeping (issue 18; docs/statistics.md "A past year as record-keeping").
 * Our interpretation, not a legal text (we found none on entering a ministry's back-records): a period is written into
 * afterwards only once it has ended (its last day is before today), and only by the secretariat, the office that
 * keeps the emulation records. A live period keeps every deadline check of the ordinary flow. Pure: the caller
 * passes today and the caller's role.
 */
public final class HistoryEntryPolicy {

    private HistoryEntryPolicy() {
    }

    /**
     * @throws ApiProblem 403 when the caller is not the secretariat; 409 when the period has not ended on {@code today}
     */
    public static void requireOpenToHistory(String periodLabel, LocalDate periodEnd, LocalDate today, boolean secretariat) {
        if (!secretariat) {
            throw ApiProblem.forbidden(Text.of("history.secretariat-only"));
        }
        if (!periodEnd.isBefore(today)) {
            throw ApiProblem.conflict(Text.of("history.period-live", periodLabel, periodEnd));
        }
    }

    /**
     * A day of the record (a decision's, a session's) must lie between the period's first day and the end of the year
     * after it — decisions on a year are often signed early the next year — and before today.
     *
     * @throws ApiProblem 400 naming {@code field} when the day falls outside
     */
    public static void requireDayOfThePeriod(String field, LocalDate day, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
            LocalDate today) {
        LocalDate last = LocalDate.of(periodEnd.getYear() + 1, 12, 31);
        if (last.isAfter(today.minusDays(1))) {
            last = today.minusDays(1);
        }
        if (day.isBefore(periodStart) || day.isAfter(last)) {
            throw ApiProblem.invalidField(field, Text.of("history.day-outside-period", day, periodLabel, periodStart, last));
        }
    }

    /**
     * A record kept under a period must belong to that period.
     *
     * @throws ApiProblem 409 when {@code recordPeriod} is another period
     */
    public static void requireSamePeriod(Object recordPeriod, Object period, String periodLabel) {
        if (recordPeriod == null || !recordPeriod.equals(period)) {
            throw ApiProblem.conflict(Text.of("history.other-period", periodLabel));
        }
    }
}
