package vn.gov.moj.thidua.nomination;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.catalog.AwardType;

/**
 * The one door through which a dossier changes state: every change is checked against {@link NominationWorkflow}
 * and written to the dossier's history in the same transaction.
 */
@ApplicationScoped
public class DossierTransitions {

    /** The dossier's name in the audit trail (its history). */
    static final String ENTITY = "Nomination";

    @Inject
    NominationRepository nominations;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    java.time.Clock clock;

    /** The state {@code action} leads to from the dossier's state; @throws ApiProblem 409 when it is not allowed now. */
    NominationStatus require(Nomination n, NominationAction action) {
        return NominationWorkflow.next(n.status, action, stateLevel(n));
    }

    /** Moves the dossier by {@code action} and records the transition; @throws ApiProblem 409 when not allowed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void move(Nomination n, NominationAction action, String reason, Object detail) {
        NominationStatus from = n.status;
        NominationStatus to = require(n, action);
        n.status = to;
        if (action == NominationAction.RECEIVE) {
            n.receivedOn = java.time.LocalDate.now(clock);
        }
        nominations.flush();
        audit.transition(ENTITY, n.id, action.wire(), from, to, reason, detail);
    }

    /** The dossier actions its state allows (whoever the caller). */
    List<String> allowedActions(Nomination n) {
        return NominationWorkflow.allowedActions(n.status, stateLevel(n));
    }

    /** State-level awards pass through public comment before the council. */
    boolean stateLevel(Nomination n) {
        AwardType type = em.find(AwardType.class, n.awardTypeId);
        return type != null && type.level == AwardLevel.STATE;
    }
}
