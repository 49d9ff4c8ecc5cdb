package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.org.EmulationPeriod;

/**
 * Taking a dossier out of the running (issue 19): the unit head withdraws the unit's own dossier with a reason before
 * the council votes; the secretariat discards a draft left for a period that ended over a year ago. Either way the dossier becomes
 * WITHDRAWN, stays in the history, and counts for no quota (flags per cluster, CSTĐCS).
 */
@ApplicationScoped
public class DossierWithdrawal {

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierTransitions transitions;

    @Inject
    DossierViews views;

    @Inject
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /**
     * A draft is left over once a full year has passed since its period ended: proposals for a year are made in the
     * following year (the 2019 cluster voted in December, the council sits early next year), so a draft for last year is
     * still work in progress.
     */
    static boolean stale(LocalDate periodEnd, LocalDate today) {
        return periodEnd.plusYears(1).isBefore(today);
    }

    @Transactional
    public NominationView withdraw(UUID id, String reason) {
        Nomination n = visibility.findOwn(id);
        transitions.move(n, NominationAction.WITHDRAW, reason.strip(), null);
        return views.view(n);
    }

    @Transactional
    public NominationView discard(UUID id, String reason) {
        Nomination n = em.find(Nomination.class, id);
        if (n == null) {
            throw ApiProblem.notFound("Nomination", id);
        }
        transitions.require(n, NominationAction.DISCARD);
        EmulationPeriod period = em.find(EmulationPeriod.class, n.periodId);
        LocalDate today = LocalDate.now(clock);
        if (!stale(period.endDate, today)) {
            throw ApiProblem.conflict(Text.of("nomination.discard-current-period", period.label, period.endDate.plusYears(1)));
        }
        notifier.notify(n.unitId, n.id, "WITHDRAWN", Text.of("nomination.notice-withdrawn", views.label(n), period.label, reason.strip()));
        transitions.move(n, NominationAction.DISCARD, reason.strip(), Map.of("period", period.label));
        return views.view(n);
    }
}
