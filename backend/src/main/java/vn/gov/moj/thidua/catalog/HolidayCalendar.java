package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.common.time.WorkingDays;

/**
 * The read side of the holiday calendar for every capability: a {@link WorkingDays} calculator over the stored rows.
 * The calendar is small (a dozen rows a year), so it is read whole for each request and never cached in the JVM
 * (several instances share one database).
 */
@ApplicationScoped
public class HolidayCalendar implements HolidayReads {

    @Inject
    EntityManager em;

    /** The calculator with every day of the calendar. */
    @Override
    public WorkingDays workingDays() {
        List<Holiday> rows = em.createQuery("from Holiday", Holiday.class).getResultList();
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        for (Holiday h : rows) {
            (h.kind.dayOff() ? off : working).add(h.day);
        }
        return new WorkingDays(off, working);
    }
}
