package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The year an emulation period stands for. A period is the calendar year by default, or e.g. October to September (the
 * 2012 sector conference asked for it; Law 06/2022/QH15 and Decree 98/2023 fix no start month). Its awards are entered in
 * the ledger under the year the period <b>ends</b> in (1 Oct 2026 – 30 Sep 2027 → 2027), so a year names exactly one
 * period and the consecutive-year rules count periods, not calendar years. Pure.
 */
public final class PeriodYears {

    private PeriodYears() {
    }

    /** The ledger year of a period: the year of its last day. */
    public static int ledgerYear(LocalDate endDate) {
        return endDate.getYear();
    }

    /** A span of days, both ends included. */
    public record Window(LocalDate start, LocalDate end) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /**
     * The days of ledger year {@code year}: those of the period ending in it, or the calendar year when no period does
     * (a record from before the periods were kept).
     */
    public static Window window(int year, List<Window> periods) {
        Optional<Window> period = periods.stream().filter(p -> ledgerYear(p.end()) == year).findFirst();
        return period.orElse(new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
