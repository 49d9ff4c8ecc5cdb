package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.time.ClockProducer;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * The awards ledger: history per person, and per unit following mergers (a unit's history includes what its
 * predecessors received); imports and revocations. Rows are never deleted.
 */
@ApplicationScoped
public class AwardLedger {

    static final String ENTITY = "Award";
    static final Map<String, String> SORTABLE = Map.of("year", "year", "decisionDate", "decisionDate", "createdAt", "createdAt");

    @Inject
    AwardRepository awards;

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Notifier notifier;

    @Inject
    DossierTransitions transitions;

    @Inject
    Clock clock;

    public Page<AwardView> list(UUID personId, UUID unitId, UUID awardTypeId, Integer year, UUID decisionId, boolean includeRevoked,
            PageParams paging) {
        ListQuery query = new ListQuery()
                .where("personId = :personId", "personId", personId)
                .where("unitId in :units", "units", unitId == null ? null : directory.lineageOf(unitId))
                .where("awardTypeId = :awardTypeId", "awardTypeId", awardTypeId)
                .where("year = :year", "year", year)
                .where("decisionId = :decisionId", "decisionId", decisionId);
        if (!includeRevoked) {
            query.whereAlways("revokedAt is null");
        }
        Page<Award> page = query.page(awards, paging, SORTABLE, "-year");
        return new Page<>(views(page.items()), page.page(), page.size(), page.total());
    }

    public AwardView get(UUID id) {
        Award a = awards.findById(id);
        if (a == null) {
            throw ApiProblem.notFound("Award", id);
        }
        return views(List.of(a)).get(0);
    }

    /** Marks a ledger row revoked (R-REVOKE); its dossier, if any, goes DECIDED → REVOKED (409 from any other state). */
    @Transactional
    public AwardView revoke(UUID id, String grounds) {
        Award a = awards.findById(id);
        if (a == null) {
            throw ApiProblem.notFound("Award", id);
        }
        if (a.revokedAt != null) {
            throw ApiProblem.conflict(Text.of("nomination.award-revoked", a.revokedAt.atZone(ClockProducer.VIETNAM).toLocalDate()));
        }
        revokeRow(a, grounds);
        return views(List.of(a)).get(0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void revokeRow(Award a, String grounds) {
        a.revokedAt = Instant.now(clock);
        a.revokedBy = user.username();
        a.revocationGrounds = grounds.strip();
        awards.flush();
        audit.record(ENTITY, a.id, "revoke", Map.of("grounds", a.revocationGrounds));
        if (a.nominationId != null) {
            Nomination n = em.find(Nomination.class, a.nominationId);
            if (n != null) {
                // through the state machine: DECIDED → REVOKED only, recorded in the dossier's history
                transitions.move(n, NominationAction.REVOKE, a.revocationGrounds, Map.of("awardId", a.id.toString()));
                notifier.notify(n.unitId, n.id, "REVOKED", Text.of("nomination.notice-revoked", a.decisionNumber, a.revocationGrounds));
            }
        }
    }

    /** The result of an accepted import. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AwardImportResult")
    public record ImportResult(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, examples = "12") int imported,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, examples = "10") int personAwards,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, examples = "2") int unitAwards,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, description = "Rows per award type code") Map<String, Integer> byAwardType) {
    }

    /**
     * Imports history all-or-nothing: every bad row is reported (422, one error per row and column), or every row is
     * written in one transaction.
     */
    @Transactional
    public ImportResult importRows(AwardImport.Parsed parsed) {
        List<AwardImport.RowError> errors = new ArrayList<>(parsed.errors());
        Map<String, AwardType> types = em.createQuery("from AwardType", AwardType.class).getResultList().stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Award> rows = new ArrayList<>();
        for (AwardImport.Line line : parsed.lines()) {
            AwardType type = types.get(line.awardType());
            if (type == null) {
                errors.add(new AwardImport.RowError(line.row(), "awardType", Text.of("import.no-award-type", line.awardType())));
                continue;
            }
            boolean person = line.personId() != null;
            if (person && type.subject == vn.gov.moj.thidua.catalog.AwardSubject.COLLECTIVE) {
                errors.add(new AwardImport.RowError(line.row(), "personId", Text.of("import.collective-award", type.name, type.code,
                        AwardImport.column("unitId"))));
                continue;
            }
            if (!person && type.subject == vn.gov.moj.thidua.catalog.AwardSubject.INDIVIDUAL) {
                errors.add(new AwardImport.RowError(line.row(), "unitId", Text.of("import.individual-award", type.name, type.code,
                        AwardImport.column("personId"))));
                continue;
            }
            if (person ? em.find(Person.class, line.personId()) == null : em.find(vn.gov.moj.thidua.org.Unit.class, line.unitId()) == null) {
                errors.add(new AwardImport.RowError(line.row(), person ? "personId" : "unitId", person
                        ? Text.of("common.no-such", Text.of("thing.Person"), line.personId())
                        : Text.of("common.no-such", Text.of("thing.Unit"), line.unitId())));
                continue;
            }
            UUID subject = person ? line.personId() : line.unitId();
            if (!seen.add(type.id + "/" + subject + "/" + line.year())) {
                errors.add(new AwardImport.RowError(line.row(), "year", Text.of("import.award-twice")));
                continue;
            }
            long existing = em.createQuery("""
                    select count(a) from Award a where a.awardTypeId = :t and a.year = :y and a.revokedAt is null
                      and (a.personId = :s or a.unitId = :s)""", Long.class)
                    .setParameter("t", type.id).setParameter("y", line.year()).setParameter("s", subject).getSingleResult();
            if (existing > 0) {
                errors.add(new AwardImport.RowError(line.row(), "year", Text.of(person ? "import.in-ledger-person" : "import.in-ledger-unit",
                        type.name, String.valueOf(line.year()))));
                continue;
            }
            Award a = new Award();
            a.awardTypeId = type.id;
            a.personId = line.personId();
            a.unitId = line.unitId();
            a.year = line.year();
            a.decisionNumber = line.decisionNumber();
            a.decisionDate = line.decisionDate();
            a.decidedBy = line.decidedBy();
            a.source = Award.Source.IMPORTED;
            a.createdBy = user.username();
            rows.add(a);
        }
        if (!errors.isEmpty()) {
            throw AwardImport.rejected(errors);
        }
        Map<String, Integer> byType = new java.util.TreeMap<>();
        for (Award a : rows) {
            awards.persist(a);
            byType.merge(types.values().stream().filter(t -> t.id.equals(a.awardTypeId)).findFirst().orElseThrow().code, 1, Integer::sum);
        }
        awards.flush();
        int people = (int) rows.stream().filter(a -> a.personId != null).count();
        ImportResult result = new ImportResult(rows.size(), people, rows.size() - people, byType);
        audit.record(ENTITY, rows.get(0).id, "import", Map.of("imported", rows.size(), "byAwardType", byType));
        return result;
    }

    List<AwardView> views(List<Award> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, AwardType> types = em.createQuery("from AwardType where id in :ids", AwardType.class)
                .setParameter("ids", rows.stream().map(a -> a.awardTypeId).distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<UUID> personIds = rows.stream().map(a -> a.personId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, String> people = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("from Person where id in :ids", Person.class).setParameter("ids", personIds).getResultList()
                    .forEach(p -> people.put(p.id, p.fullName));
        }
        Map<UUID, String> units = directory.namesOf(rows.stream().map(a -> a.unitId).toList());
        List<AwardView> views = new ArrayList<>();
        for (Award a : rows) {
            AwardType t = types.get(a.awardTypeId);
            views.add(new AwardView(a.id, a.awardTypeId, t.code, t.name, a.personId != null ? "PERSON" : "UNIT", a.personId,
                    people.get(a.personId), a.unitId, units.get(a.unitId), a.year, a.decisionNumber, a.decisionDate, a.decidedBy,
                    a.decisionId, a.nominationId, a.source.name(), a.amount, a.revokedAt != null, a.revokedAt, a.revocationGrounds,
                    a.enteredBy));
        }
        return views;
    }
}
