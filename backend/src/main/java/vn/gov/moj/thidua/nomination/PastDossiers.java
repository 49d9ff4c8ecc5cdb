package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.PastPeriods;
import vn.gov.moj.thidua.org.Unit;

/**
 * The secretariat enters a dossier of an ended period on the proposing unit's behalf: drafted with the checks of a
 * single draft (nominee fits the award type and belongs to the unit), then moved DRAFT → APPROVED through the workflow's
 * {@code enter-history} step, so a decision of that year can name it. Marked with who entered it.
 */
@ApplicationScoped
public class PastDossiers {

    @Inject
    PastPeriods past;

    @Inject
    DossierDrafting drafting;

    @Inject
    DossierTransitions transitions;

    @Inject
    NominationRepository nominations;

    @Inject
    DossierViews views;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public NominationView enter(UUID periodId, PastDossierRequest r) {
        EmulationPeriod period = past.openToHistory(periodId);
        if (em.find(Unit.class, r.unitId()) == null) {
            throw ApiProblem.invalidField("unitId", Text.of("common.no-such", Text.of("thing.Unit"), r.unitId()));
        }
        Nomination n = drafting.newDraft(r.unitId());
        drafting.apply(n, new NominationRequest(r.personId(), r.nomineeUnitId(), r.awardTypeId(), period.id, r.achievements(), List.of(),
                r.electionSessionId()));
        n.enteredBy = past.enteredBy();
        nominations.persistAndFlush(n);
        audit.record(DossierTransitions.ENTITY, n.id, "create", Map.of("awardTypeId", n.awardTypeId.toString(), "nominee", n.nomineeId().toString(),
                "enteredBy", n.enteredBy));
        transitions.move(n, NominationAction.ENTER_HISTORY, null, Map.of("periodId", period.id.toString(), "enteredBy", n.enteredBy));
        return views.view(n);
    }
}
