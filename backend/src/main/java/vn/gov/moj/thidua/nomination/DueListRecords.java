package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.nomination.eligibility.InitiativeFact;
import vn.gov.moj.thidua.nomination.eligibility.PersonRecord;
import vn.gov.moj.thidua.org.PerformanceRating;
import vn.gov.moj.thidua.org.Unit;

/**
 * The records the due-lists judge, read set-based for a whole scope: the units of a subtree, the people assigned to
 * them in the year, each person's ratings, ledger awards and initiatives, and the live dossiers already filed.
 */
@ApplicationScoped
public class DueListRecords {

    /** A person and the unit they belonged to in the year (the latest assignment). */
    record Member(UUID personId, String name, UUID unitId) {
    }

    @Inject
    EntityManager em;

    /** The unit, the units under it (any depth) and the units merged into any of them. */
    @SuppressWarnings("unchecked")
    Set<UUID> subtree(UUID root) {
        return new HashSet<>(em.createNativeQuery("""
                WITH RECURSIVE sub(id) AS (
                    SELECT CAST(?1 AS uuid)
                    UNION
                    SELECT u.id FROM unit u JOIN sub s ON u.parent_id = s.id OR u.successor_id = s.id
                )
                SELECT id FROM sub""", UUID.class).setParameter(1, root).getResultList());
    }

    /** The units in scope (null: all) that existed during the year, by id. */
    Map<UUID, Unit> units(Set<UUID> scope, int year) {
        Map<UUID, Unit> units = new LinkedHashMap<>();
        em.createQuery("from Unit u where u.validFrom <= :end and (u.validTo is null or u.validTo >= :start) order by u.name", Unit.class)
                .setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31)).getResultList().stream()
                .filter(u -> scope == null || scope.contains(u.id)).forEach(u -> units.put(u.id, u));
        return units;
    }

    /** People assigned during the year to a unit of {@code units}, each once with their latest such unit. */
    List<Member> members(Collection<UUID> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<UUID, Member> byPerson = new LinkedHashMap<>();
        em.createQuery("""
                select a.person.id, a.person.fullName, a.unitId from PersonAssignment a
                where a.unitId in :units and a.validFrom <= :end and (a.validTo is null or a.validTo >= :start)
                order by a.validFrom""", Object[].class)
                .setParameter("units", units).setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31))
                .getResultList().forEach(r -> byPerson.put((UUID) r[0], new Member((UUID) r[0], (String) r[1], (UUID) r[2])));
        return List.copyOf(byPerson.values());
    }

    /** Each person's ratings, unrevoked ledger awards by year and initiatives (used ones marked), for the rules. */
    Map<UUID, PersonRecord> people(Collection<UUID> ids) {
        Map<UUID, PersonRecord> records = new HashMap<>();
        if (ids.isEmpty()) {
            return records;
        }
        List<UUID> list = List.copyOf(ids);
        Map<UUID, Map<Integer, PerformanceRating>> ratings = new HashMap<>();
        em.createQuery("select r.person.id, r.year, r.rating from AnnualRating r where r.person.id in :p", Object[].class)
                .setParameter("p", list).getResultList()
                .forEach(r -> ratings.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((Integer) r[1], (PerformanceRating) r[2]));
        Map<UUID, Map<Integer, Set<String>>> awards = new HashMap<>();
        em.createQuery("""
                select a.personId, a.year, t.code from Award a, AwardType t
                where t.id = a.awardTypeId and a.personId in :p and a.revokedAt is null""", Object[].class)
                .setParameter("p", list).getResultList()
                .forEach(r -> awards.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).computeIfAbsent((Integer) r[1], k -> new HashSet<>())
                        .add((String) r[2]));
        Map<UUID, List<InitiativeFact>> initiatives = new HashMap<>();
        Set<UUID> used = new HashSet<>(em.createQuery("select distinct i from Nomination n join n.initiativeIds i where n.status not in :dead",
                UUID.class).setParameter("dead", EligibilityService.DEAD).getResultList());
        em.createQuery("select i, o from Initiative i join i.ownerIds o where o in :p", Object[].class).setParameter("p", list).getResultList()
                .forEach(r -> {
                    Initiative i = (Initiative) r[0];
                    initiatives.computeIfAbsent((UUID) r[1], k -> new java.util.ArrayList<>()).add(new InitiativeFact(i.id, i.title, i.scope,
                            i.recognitionDate.getYear(), i.priorUse != null || used.contains(i.id)));
                });
        for (UUID id : list) {
            records.put(id, new PersonRecord(ratings.getOrDefault(id, Map.of()), awards.getOrDefault(id, Map.of()),
                    initiatives.getOrDefault(id, List.of()), List.of(), false));
        }
        return records;
    }

    /** Each unit's unrevoked collective ledger awards (award codes) by emulation year. */
    Map<UUID, Map<Integer, Set<String>>> unitAwards(Collection<UUID> units) {
        Map<UUID, Map<Integer, Set<String>>> awards = new HashMap<>();
        if (units.isEmpty()) {
            return awards;
        }
        em.createQuery("""
                select a.unitId, a.year, t.code from Award a, AwardType t
                where t.id = a.awardTypeId and a.personId is null and a.unitId in :u and a.revokedAt is null""", Object[].class)
                .setParameter("u", List.copyOf(units)).getResultList()
                .forEach(r -> awards.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).computeIfAbsent((Integer) r[1], k -> new HashSet<>())
                        .add((String) r[2]));
        return awards;
    }

    /** Live dossiers of the period by nominee and award code: the row links to it instead of offering a draft. */
    Map<String, UUID> liveDossiers(UUID periodId) {
        Map<String, UUID> dossiers = new HashMap<>();
        if (periodId == null) {
            return dossiers;
        }
        em.createQuery("""
                select n.id, coalesce(n.personId, n.nomineeUnitId), t.code from Nomination n, AwardType t
                where t.id = n.awardTypeId and n.periodId = :period and n.status not in :dead""", Object[].class)
                .setParameter("period", periodId).setParameter("dead", EligibilityService.DEAD).getResultList()
                .forEach(r -> dossiers.put(r[1] + "/" + r[2], (UUID) r[0]));
        return dossiers;
    }
}
