package vn.gov.moj.thidua.nomination;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.HistoryEntryPolicy;
import vn.gov.moj.thidua.org.PastPeriods;

/**
 * The secretariat enters a decision of an ended period. It is issued by the ordinary {@link DecisionService#issue}: its
 * APPROVED dossiers become DECIDED and the ledger rows carry the period's year and the reward from the base amount in
 * force on the decision date ({@code RuleBook}, so a back-dated rule version applies). Here: the decision date must be
 * a day of the period's record, every dossier must be of that period, and the decision and its ledger rows are
 * marked with who entered them.
 */
@ApplicationScoped
public class PastDecisions {

    @Inject
    PastPeriods past;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionRepository repository;

    @Inject
    AwardRepository awards;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public DecisionView enter(UUID periodId, DecisionRequest request) {
        EmulationPeriod period = past.openToHistory(periodId);
        past.requireDayOf(period, "decisionDate", request.decisionDate());
        for (UUID id : request.nominationIds()) {
            Nomination n = em.find(Nomination.class, id);
            if (n != null) {
                HistoryEntryPolicy.requireSamePeriod(n.periodId, period.id, period.label);
            }
        }
        DecisionView issued = decisions.issue(request);
        String enteredBy = past.enteredBy();
        Decision d = repository.findById(issued.id());
        d.enteredBy = enteredBy;
        awards.list("decisionId", d.id).forEach(a -> a.enteredBy = enteredBy);
        awards.flush();
        audit.record(DecisionService.ENTITY, d.id, "enter-history", Map.of("periodId", period.id.toString(), "enteredBy", enteredBy));
        return decisions.view(d);
    }
}
