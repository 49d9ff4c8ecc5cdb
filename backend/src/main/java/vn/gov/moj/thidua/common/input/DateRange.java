package vn.gov.moj.thidua.common.input;

import java.time.LocalDate;

/**
 * The dates the system accepts: from 1945-01-01 (the emulation and commendation work of the Democratic Republic
 * of Viet Nam starts with President Hồ Chí Minh's call of 1948; nothing older is recorded) to 2100-12-31. Anything
 * outside (a year 0020 typed for 2020, or {@code +10000-01-01}) is a typing mistake or a probe, refused with 400.
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private DateRange() {
    }

    public static boolean sane(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
