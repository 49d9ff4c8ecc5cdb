package vn.gov.moj.thidua.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.catalog.AwardSubject;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.AwardTypeRepository;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.EmulationPeriodRepository;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.PersonRepository;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * Registrations: a unit's officer drafts for the unit or its people, the unit head submits, the secretariat
 * (the launching side) approves or returns. A unit's registrations are its own: other units' staff never see them;
 * sector-wide readers see them once submitted.
 */
@ApplicationScoped
public class RegistrationService {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status", "submittedAt", "submittedAt");

    @Inject
    CampaignAccess campaigns;

    @Inject
    RegistrationRepository registrations;

    @Inject
    AwardTypeRepository awardTypes;

    @Inject
    PersonRepository people;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Page<RegistrationView> list(UUID campaignId, RegistrationStatus status, UUID unitId, UUID awardTypeId, PageParams paging) {
        Campaign campaign = campaigns.findVisible(campaignId);
        ListQuery query = new ListQuery()
                .where("campaignId = :campaignId", "campaignId", campaign.id)
                .where("status = :status", "status", status)
                .where("unitId = :unitId", "unitId", unitId)
                .where("awardTypeId = :awardTypeId", "awardTypeId", awardTypeId);
        UUID own = user.unitId().orElse(null);
        if (user.readsAllUnits()) {
            // Two parameters in one clause: the second where() only binds :own.
            query.where("(status <> :draft or unitId = :own)", "draft", RegistrationStatus.DRAFT);
            query.where("1 = 1", "own", own == null ? new UUID(0, 0) : own);
        } else {
            query.where("unitId = :own", "own", own == null ? new UUID(0, 0) : own);
        }
        Page<Registration> page = query.page(registrations, paging, SORTABLE, "-createdAt");
        Views views = views(page.items());
        return page.map(views::of);
    }

    public RegistrationView get(UUID campaignId, UUID id) {
        Registration r = findVisible(campaigns.findVisible(campaignId), id);
        return views(List.of(r)).of(r);
    }

    @Transactional
    public RegistrationView create(UUID campaignId, RegistrationRequest request) {
        Campaign campaign = campaigns.findVisible(campaignId);
        UUID unit = user.requireUnit();
        if (request.unitId() != null && !request.unitId().equals(unit)) {
            throw ApiProblem.forbidden(Text.of("campaign.register-own-unit-only"));
        }
        Registration r = new Registration();
        r.campaignId = campaign.id;
        r.unitId = unit;
        r.createdBy = user.username();
        requireWindow(campaign, r, request);
        apply(campaign, r, request);
        registrations.persistAndFlush(r);
        audit.transition("Registration", r.id, "create", null, r.status, null,
                Map.of("campaignId", campaign.id.toString(), "awardTypeId", r.awardTypeId.toString()));
        return views(List.of(r)).of(r);
    }

    @Transactional
    public RegistrationView update(UUID campaignId, UUID id, String ifMatch, RegistrationRequest request) {
        Campaign campaign = campaigns.findVisible(campaignId);
        Registration r = findOwn(campaign, id);
        Versions.requireMatch(ifMatch, r.version);
        RegistrationPolicy.next(r.status, RegistrationAction.EDIT);
        if (request.unitId() != null && !request.unitId().equals(r.unitId)) {
            throw ApiProblem.invalidField("unitId", Text.of("campaign.registration-stays-with-unit"));
        }
        requireWindow(campaign, r, request);
        apply(campaign, r, request);
        registrations.flush();
        audit.record("Registration", r.id, "edit", Map.of("awardTypeId", r.awardTypeId.toString()));
        return views(List.of(r)).of(r);
    }

    @Transactional
    public void delete(UUID campaignId, UUID id) {
        Campaign campaign = campaigns.findVisible(campaignId);
        Registration r = findOwn(campaign, id);
        if (r.status != RegistrationStatus.DRAFT) {
            throw ApiProblem.illegalTransition("Registration", r.status.name(), RegistrationAction.DELETE.apiName(), RegistrationPolicy.allowedActions(r.status));
        }
        registrations.delete(r);
        audit.record("Registration", r.id, "delete", null);
    }

    @Transactional
    public RegistrationView submit(UUID campaignId, UUID id) {
        Campaign campaign = campaigns.findVisible(campaignId);
        Registration r = findOwn(campaign, id);
        RegistrationStatus from = r.status;
        RegistrationStatus to = RegistrationPolicy.next(from, RegistrationAction.SUBMIT);
        RegistrationPolicy.requireOpen(campaign.status, campaign.startDate, campaign.registrationCloses(),
                RegistrationPolicy.judgedOn(r.registeredOn, periodEnd(campaign), LocalDate.now(clock)), r.registeredOn != null);
        r.status = to;
        r.submittedAt = Instant.now(clock);
        r.returnReason = null;
        registrations.flush();
        audit.transition("Registration", r.id, RegistrationAction.SUBMIT.apiName(), from, to, null, null);
        return views(List.of(r)).of(r);
    }

    @Transactional
    public RegistrationView approve(UUID campaignId, UUID id) {
        return decide(campaignId, id, RegistrationAction.APPROVE, null);
    }

    @Transactional
    public RegistrationView giveBack(UUID campaignId, UUID id, String reason) {
        return decide(campaignId, id, RegistrationAction.RETURN, reason.strip());
    }

    public List<HistoryEntry> history(UUID campaignId, UUID id) {
        Registration r = findVisible(campaigns.findVisible(campaignId), id);
        return audit.historyOf("Registration", r.id).stream().map(HistoryEntry::of).toList();
    }

    /** Counts per award type and status; drafts are the units' own business and are not compiled. */
    public RegistrationTotals totals(UUID campaignId) {
        Campaign campaign = campaigns.findVisible(campaignId);
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        em.createQuery("select r.awardTypeId, r.status, count(r) from Registration r where r.campaignId = :id and r.status <> :draft "
                + "group by r.awardTypeId, r.status", Object[].class)
                .setParameter("id", campaign.id).setParameter("draft", RegistrationStatus.DRAFT)
                .getResultList()
                .forEach(row -> {
                    long[] c = counts.computeIfAbsent((UUID) row[0], k -> new long[3]);
                    int slot = switch ((RegistrationStatus) row[1]) {
                        case SUBMITTED -> 0;
                        case APPROVED -> 1;
                        default -> 2;
                    };
                    c[slot] += (Long) row[2];
                });
        Map<UUID, AwardType> types = typesOf(counts.keySet());
        List<RegistrationTotals.Row> rows = new ArrayList<>();
        counts.forEach((typeId, c) -> {
            AwardType t = types.get(typeId);
            rows.add(new RegistrationTotals.Row(typeId, t.code, t.name, t.subject, c[0], c[1], c[2], c[0] + c[1] + c[2]));
        });
        rows.sort(Comparator.comparing((RegistrationTotals.Row row) -> types.get(row.awardTypeId()).level.ordinal())
                .thenComparing(RegistrationTotals.Row::code));
        long submitted = rows.stream().mapToLong(RegistrationTotals.Row::submitted).sum();
        long approved = rows.stream().mapToLong(RegistrationTotals.Row::approved).sum();
        long returned = rows.stream().mapToLong(RegistrationTotals.Row::returned).sum();
        return new RegistrationTotals(campaign.id, rows, submitted, approved, returned, submitted + approved + returned);
    }

    private RegistrationView decide(UUID campaignId, UUID id, RegistrationAction action, String reason) {
        Campaign campaign = campaigns.findVisible(campaignId);
        Registration r = findVisible(campaign, id);
        if (campaign.status == CampaignStatus.CLOSED) {
            throw ApiProblem.conflict(Text.of("campaign.closed-registrations"));
        }
        RegistrationStatus from = r.status;
        RegistrationStatus to = RegistrationPolicy.next(from, action);
        r.status = to;
        r.decidedAt = Instant.now(clock);
        r.returnReason = reason;
        registrations.flush();
        audit.transition("Registration", r.id, action.apiName(), from, to, reason, null);
        return views(List.of(r)).of(r);
    }

    /** Today's window, or that year's on the day given for a registration entered as history by its unit. */
    private void requireWindow(Campaign campaign, Registration r, RegistrationRequest request) {
        RegistrationPolicy.requireOpen(campaign.status, campaign.startDate, campaign.registrationCloses(),
                RegistrationPolicy.judgedOn(request.registeredOn(), periodEnd(campaign), LocalDate.now(clock)), request.registeredOn() != null);
        r.registeredOn = request.registeredOn();
        r.enteredBy = request.registeredOn() == null ? null : user.username();
    }

    /** The checks every registration passes whatever the day (award type, subject, person, target, duplicates), then the copy. */
    void apply(Campaign campaign, Registration r, RegistrationRequest request) {
        AwardType type = awardTypes.findById(request.awardTypeId());
        if (type == null || !type.active) {
            throw ApiProblem.invalidField("awardTypeId", Text.of("campaign.no-such-award-type", request.awardTypeId()));
        }
        RegistrationPolicy.requireSubjectFits(type.subject, request.personId() != null, type.name);
        if (request.personId() != null) {
            Person person = people.findById(request.personId());
            if (person == null || !r.unitId.equals(person.unitId)) {
                throw ApiProblem.invalidField("personId", Text.of("campaign.not-your-person", request.personId()));
            }
        }
        if (!campaign.targetUnitIds.contains(r.unitId)) {
            throw ApiProblem.conflict(Text.of("campaign.not-a-target"));
        }
        Map<String, Object> params = new HashMap<>(Map.of("campaignId", campaign.id, "unitId", r.unitId, "typeId", type.id,
                "self", r.id == null ? new UUID(0, 0) : r.id));
        String personClause = "personId is null";
        if (request.personId() != null) {
            personClause = "personId = :personId";
            params.put("personId", request.personId());
        }
        long duplicates = registrations.count("campaignId = :campaignId and unitId = :unitId and awardTypeId = :typeId and "
                + personClause + " and id <> :self", params);
        if (duplicates > 0) {
            throw ApiProblem.conflict(Text.of(request.personId() == null ? "campaign.unit-registered" : "campaign.person-registered", type.name));
        }
        r.awardTypeId = type.id;
        r.personId = request.personId();
        r.commitments = request.commitments() == null || request.commitments().isBlank() ? null : request.commitments().strip();
    }

    /** The last day of the campaign's emulation period, else of the campaign itself. */
    private LocalDate periodEnd(Campaign campaign) {
        EmulationPeriod period = campaign.periodId == null ? null : periods.findById(campaign.periodId);
        return period != null ? period.endDate : campaign.endDate;
    }

    /** Visible registrations: your unit's, or any submitted one for sector-wide readers. Others answer 404. */
    private Registration findVisible(Campaign campaign, UUID id) {
        Registration r = registrations.findById(id);
        boolean visible = r != null && r.campaignId.equals(campaign.id)
                && (user.belongsTo(r.unitId) || (user.readsAllUnits() && r.status != RegistrationStatus.DRAFT));
        if (!visible) {
            throw ApiProblem.notFound("Registration", id);
        }
        return r;
    }

    /** Your own unit's registration; a visible one of another unit answers 403. */
    private Registration findOwn(Campaign campaign, UUID id) {
        Registration r = findVisible(campaign, id);
        if (!user.belongsTo(r.unitId)) {
            throw ApiProblem.forbidden(Text.of("campaign.registering-unit-only"));
        }
        return r;
    }

    private Map<UUID, AwardType> typesOf(Collection<UUID> ids) {
        Map<UUID, AwardType> types = new HashMap<>();
        if (!ids.isEmpty()) {
            awardTypes.list("id in ?1", List.copyOf(ids)).forEach(t -> types.put(t.id, t));
        }
        return types;
    }

    RegistrationView view(Registration r) {
        return views(List.of(r)).of(r);
    }

    private Views views(List<Registration> items) {
        Map<UUID, AwardType> types = typesOf(items.stream().map(r -> r.awardTypeId).distinct().toList());
        List<UUID> personIds = items.stream().map(r -> r.personId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> personNames = new HashMap<>();
        if (!personIds.isEmpty()) {
            people.list("id in ?1", personIds).forEach(p -> personNames.put(p.id, p.fullName));
        }
        Map<UUID, String> unitNames = directory.namesOf(items.stream().map(r -> r.unitId).toList());
        return new Views(types, personNames, unitNames);
    }

    private record Views(Map<UUID, AwardType> types, Map<UUID, String> personNames, Map<UUID, String> unitNames) {

        RegistrationView of(Registration r) {
            AwardType t = types.get(r.awardTypeId);
            return new RegistrationView(r.id, r.campaignId, r.unitId, unitNames.get(r.unitId), r.personId,
                    r.personId == null ? null : personNames.get(r.personId), r.awardTypeId, t.code, t.name,
                    r.personId == null ? AwardSubject.COLLECTIVE : AwardSubject.INDIVIDUAL, r.commitments, r.status,
                    r.returnReason, r.createdBy, r.registeredOn, r.enteredBy, r.submittedAt, r.decidedAt, RegistrationPolicy.allowedActions(r.status),
                    r.version);
        }
    }
}
