package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.HolidayCalendar;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.time.WorkingDays;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.UnitDirectory;

/** Dossiers as the API shows them: with names, and the actions this caller may take now. */
@ApplicationScoped
public class DossierViews {

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    java.time.Clock clock;

    @Inject
    HolidayCalendar calendar;

    @Inject
    RuleBook rules;

    /** Unit and person names of a page of nominations, read with one query each (not one per row). */
    private record Names(Map<UUID, String> units, Map<UUID, String> people, WorkingDays days,
            Function<LocalDate, Optional<RuleValue>> appraisalDays) {
    }

    NominationView view(Nomination n) {
        return view(n, namesOf(List.of(n)));
    }

    Page<NominationView> page(Page<Nomination> page) {
        Names names = namesOf(page.items());
        return page.map(n -> view(n, names));
    }

    /** "Award type – nominee", as notifications name a dossier. */
    String label(Nomination n) {
        AwardType type = em.find(AwardType.class, n.awardTypeId);
        String nominee = n.personId != null ? em.find(Person.class, n.personId).fullName : directory.nameOf(n.nomineeUnitId);
        return type.name + " – " + nominee;
    }

    private Names namesOf(List<Nomination> page) {
        List<UUID> unitIds = new ArrayList<>();
        List<UUID> personIds = new ArrayList<>();
        for (Nomination n : page) {
            unitIds.add(n.unitId);
            unitIds.add(n.nomineeUnitId);
            if (n.personId != null) {
                personIds.add(n.personId);
            }
        }
        Map<UUID, String> people = new HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("select p.id, p.fullName from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", personIds.stream().distinct().toList())
                    .getResultList()
                    .forEach(row -> people.put((UUID) row[0], (String) row[1]));
        }
        if (page.size() > 1) {
            // loads the page's award types and periods into the persistence context: view() finds them there
            em.createQuery("from AwardType where id in :ids", AwardType.class)
                    .setParameter("ids", page.stream().map(n -> n.awardTypeId).distinct().toList()).getResultList();
            em.createQuery("from EmulationPeriod where id in :ids", EmulationPeriod.class)
                    .setParameter("ids", page.stream().map(n -> n.periodId).distinct().toList()).getResultList();
        }
        // the appraisal time limit's versions once per page, not one query per received dossier
        return new Names(directory.namesOf(unitIds), people, calendar.workingDays(),
                rules.timelineOf(DeadlinePolicy.APPRAISAL_RULE, DeadlinePolicy.KEY));
    }

    private NominationView view(Nomination n, Names known) {
        AwardType type = em.find(AwardType.class, n.awardTypeId);
        EmulationPeriod period = em.find(EmulationPeriod.class, n.periodId);
        Map<UUID, String> names = known.units();
        String personName = n.personId == null ? null : known.people().get(n.personId);
        boolean state = type.level == AwardLevel.STATE;
        List<String> actions = allowedFor(n, state);
        return new NominationView(n.id, n.unitId, names.get(n.unitId), n.personId != null ? "PERSON" : "UNIT", n.personId, personName,
                n.nomineeUnitId, names.get(n.nomineeUnitId), type.id, type.code, type.name, period.id, period.label, n.achievements,
                List.copyOf(n.initiativeIds), n.electionSessionId, n.status, actions, n.eligibilityOverall, n.eligibilityCheckedAt,
                n.overrideReason, n.returnReason, n.commentClosingDate, n.councilSessionId, n.councilSummary, n.decisionId, n.createdBy,
                n.version, n.createdAt, n.updatedAt, deadline(n, known), n.enteredBy, n.enteredBy == null ? null : n.createdAt);
    }

    /** The step's time limit in working days, from today (Vietnamese date). */
    private DossierDeadline deadline(Nomination n, Names known) {
        Integer appraisal = n.receivedOn == null ? null : known.appraisalDays().apply(n.receivedOn).map(RuleValue::integer).orElse(null);
        return DeadlinePolicy.of(n.status, n.receivedOn, n.commentClosingDate, appraisal, known.days(), java.time.LocalDate.now(clock)).orElse(null);
    }

    /** The actions this caller may take now: the unit edits and submits its own dossiers, the secretariat the rest. */
    private List<String> allowedFor(Nomination n, boolean stateLevel) {
        Map<NominationAction, NominationStatus> next = new LinkedHashMap<>(NominationWorkflow.transitions(n.status, stateLevel));
        boolean own = user.belongsTo(n.unitId);
        next.keySet().removeIf(action -> switch (action) {
            case EDIT -> !own || !user.hasAnyRole(List.of(Roles.UNIT_OFFICER, Roles.UNIT_HEAD));
            case SUBMIT -> !own || !user.hasRole(Roles.UNIT_HEAD);
            default -> !user.hasRole(Roles.SECRETARIAT);
        });
        List<String> actions = new java.util.ArrayList<>(next.keySet().stream().map(NominationAction::wire).toList());
        NominationWorkflow.exits(n.status).keySet().stream()
                .filter(exit -> exit == NominationAction.WITHDRAW ? own && user.hasRole(Roles.UNIT_HEAD)
                        : user.hasRole(Roles.SECRETARIAT) && periodEnded(n))
                .forEach(exit -> actions.add(exit.wire()));
        return actions;
    }

    /** Whether a draft of the dossier's period is left over ({@link DossierWithdrawal#stale}). */
    private boolean periodEnded(Nomination n) {
        vn.gov.moj.thidua.org.EmulationPeriod period = em.find(vn.gov.moj.thidua.org.EmulationPeriod.class, n.periodId);
        return period != null && DossierWithdrawal.stale(period.endDate, java.time.LocalDate.now(clock));
    }
}
