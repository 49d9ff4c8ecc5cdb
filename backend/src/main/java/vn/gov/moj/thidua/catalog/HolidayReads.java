package vn.gov.moj.thidua.catalog;

import vn.gov.moj.thidua.common.time.WorkingDays;

/** The holiday calendar as other capabilities (the inbox, deadlines) read it. */
public interface HolidayReads {

    /** The working-day calculator over every day of the calendar. */
    WorkingDays workingDays();
}
