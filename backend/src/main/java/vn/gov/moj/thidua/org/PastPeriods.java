package vn.gov.moj.thidua.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;

/**
 * The one door of history entry: every use case that writes into a past period as record-keeping first asks for the
 * period here, so {@link HistoryEntryPolicy} decides for all of them (ended? the secretariat?).
 */
@ApplicationScoped
public class PastPeriods {

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The period, open to history entry by the caller; @throws ApiProblem 404 unknown, 403 not secretariat, 409 live */
    public EmulationPeriod openToHistory(UUID periodId) {
        EmulationPeriod period = periods.findById(periodId);
        if (period == null) {
            throw ApiProblem.notFound("Period", periodId);
        }
        HistoryEntryPolicy.requireOpenToHistory(period.label, period.endDate, today(), user.hasRole(Roles.SECRETARIAT));
        return period;
    }

    /** @throws ApiProblem 400 when {@code day} is not a day of the record of {@code period} (see {@link HistoryEntryPolicy}) */
    public void requireDayOf(EmulationPeriod period, String field, LocalDate day) {
        HistoryEntryPolicy.requireDayOfThePeriod(field, day, period.label, period.startDate, period.endDate, today());
    }

    /** Who enters the history: the caller's user name, stored as {@code entered_by}. */
    public String enteredBy() {
        return user.username();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
