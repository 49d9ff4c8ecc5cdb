package vn.gov.moj.thidua.catalog;

/** What a row of the holiday calendar does to its day. */
public enum HolidayKind {
    /** A public holiday (Bộ luật Lao động 2019 Điều 112): a day off. */
    HOLIDAY,
    /** Nghỉ bù: a holiday fell on a weekly day off, so the next working day is off (BLLĐ 2019 Điều 111 khoản 3). */
    COMPENSATING,
    /** Nghỉ hoán đổi: a working day made a day off by the year's notice. */
    SWAPPED_OFF,
    /** Làm bù: a Saturday or Sunday made a working day in exchange. */
    MAKE_UP_WORKDAY;

    public boolean dayOff() {
        return this != MAKE_UP_WORKDAY;
    }
}
