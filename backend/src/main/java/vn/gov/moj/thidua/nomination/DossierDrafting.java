package vn.gov.moj.thidua.nomination;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardSubject;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * Drafting a dossier for the caller's unit, and replacing a draft or returned one: the nominee must fit the award
 * type's subject and belong to the proposing unit; an initiative backs one proposal only (R-INIT).
 */
@ApplicationScoped
public class DossierDrafting {

    @Inject
    NominationRepository nominations;

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierTransitions transitions;

    @Inject
    DossierViews views;

    @Inject
    jakarta.enterprise.inject.Instance<vn.gov.moj.thidua.voting.VotingResults> voting;

    @Transactional
    public NominationView create(NominationRequest request) {
        Nomination n = newDraft(user.requireUnit());
        apply(n, request);
        nominations.persistAndFlush(n);
        audit.record(DossierTransitions.ENTITY, n.id, "create",
                Map.of("awardTypeId", n.awardTypeId.toString(), "nominee", n.nomineeId().toString()));
        return views.view(n);
    }

    @Transactional
    public NominationView update(UUID id, String ifMatch, NominationRequest request) {
        Nomination n = visibility.findOwn(id);
        Versions.requireMatch(ifMatch, n.version);
        transitions.require(n, NominationAction.EDIT);
        apply(n, request);
        nominations.flush();
        audit.record(DossierTransitions.ENTITY, n.id, "update",
                Map.of("awardTypeId", n.awardTypeId.toString(), "nominee", n.nomineeId().toString()));
        return views.view(n);
    }

    /** An unsaved draft of {@code unit}, created by the caller. */
    Nomination newDraft(UUID unit) {
        Nomination n = new Nomination();
        n.unitId = unit;
        n.createdBy = user.username();
        return n;
    }

    /** Checks the request against the catalog, the unit tree and the initiatives, then copies it onto the dossier. */
    void apply(Nomination n, NominationRequest r) {
        AwardType type = em.find(AwardType.class, r.awardTypeId());
        if (type == null || !type.active) {
            throw ApiProblem.invalidField("awardTypeId", Text.of("campaign.no-such-award-type", r.awardTypeId()));
        }
        EmulationPeriod period = em.find(EmulationPeriod.class, r.periodId());
        if (period == null) {
            throw ApiProblem.invalidField("periodId", Text.of("common.no-such", Text.of("thing.Period"), r.periodId()));
        }
        if ((r.personId() == null) == (r.nomineeUnitId() == null)) {
            throw ApiProblem.invalidField(r.personId() == null ? "personId" : "nomineeUnitId", Text.of("nomination.one-nominee"));
        }
        if (type.subject == AwardSubject.INDIVIDUAL && r.personId() == null) {
            throw unprocessable("personId", Text.of("nomination.individual-award", type.name));
        }
        if (type.subject == AwardSubject.COLLECTIVE && r.nomineeUnitId() == null) {
            throw unprocessable("nomineeUnitId", Text.of("nomination.collective-award", type.name));
        }
        if (r.personId() != null) {
            Person person = em.find(Person.class, r.personId());
            if (person == null) {
                throw ApiProblem.invalidField("personId", Text.of("common.no-such", Text.of("thing.Person"), r.personId()));
            }
            if (!directory.lineageOf(n.unitId).contains(person.unitId) && !n.unitId.equals(person.unitId)) {
                throw unprocessable("personId", Text.of("nomination.person-not-of-unit", person.fullName));
            }
        } else {
            Unit unit = em.find(Unit.class, r.nomineeUnitId());
            if (unit == null) {
                throw ApiProblem.invalidField("nomineeUnitId", Text.of("common.no-such", Text.of("thing.Unit"), r.nomineeUnitId()));
            }
            if (!unit.id.equals(n.unitId) && !n.unitId.equals(unit.parentId)) {
                throw unprocessable("nomineeUnitId", Text.of("nomination.unit-not-proposable", unit.name));
            }
        }
        Set<UUID> initiatives = new LinkedHashSet<>(r.initiativeIds() == null ? List.of() : r.initiativeIds());
        for (UUID initiativeId : initiatives) {
            requireUnusedInitiative(n, initiativeId);
        }
        n.awardTypeId = type.id;
        n.periodId = period.id;
        n.personId = r.personId();
        n.nomineeUnitId = r.personId() == null ? r.nomineeUnitId() : null;
        n.achievements = r.achievements().strip();
        n.electionSessionId = r.electionSessionId();
        if (n.clusterProposalId == null) {
            n.clusterId = clusterOf(r.electionSessionId());
        }
        n.initiativeIds.clear();
        n.initiativeIds.addAll(initiatives);
    }

    /** The cluster of a published cluster election, whose flag quota the dossier then counts against. */
    private UUID clusterOf(UUID sessionId) {
        if (sessionId == null || !voting.isResolvable()) {
            return null;
        }
        return voting.get().publishedOutcome(sessionId).filter(o -> "CLUSTER_ELECTION".equals(o.purpose()))
                .map(vn.gov.moj.thidua.voting.PublishedOutcome::clusterId).orElse(null);
    }

    private void requireUnusedInitiative(Nomination n, UUID initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null) {
            throw ApiProblem.invalidField("initiativeIds", Text.of("common.no-such", Text.of("thing.Initiative"), initiativeId));
        }
        List<UUID> users = em.createNativeQuery(
                "SELECT nomination_id FROM nomination_initiative WHERE initiative_id = ?1", UUID.class)
                .setParameter(1, initiativeId).getResultList();
        if (users.stream().anyMatch(u -> !u.equals(n.id))) {
            throw ApiProblem.of(409, "/problems/initiative-used", "Initiative already used",
                    Text.of("nomination.initiative-used", initiative.title, users.get(0)),
                    List.of(new FieldText("initiativeIds", Text.of("nomination.initiative-used-by", initiative.title, users.get(0)))), null, null);
        }
    }

    private static ApiProblem unprocessable(String field, Text message) {
        return ApiProblem.of(422, "/problems/validation", "Unprocessable request", Text.of("common.field-message", Text.of("field." + field), message),
                List.of(new FieldText(field, message)), null, null);
    }
}
