package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.nomination.DueListRow.Standing;
import vn.gov.moj.thidua.nomination.eligibility.CollectiveRecord;
import vn.gov.moj.thidua.nomination.eligibility.EligibilityPolicies;
import vn.gov.moj.thidua.nomination.eligibility.EligibilityPolicy;
import vn.gov.moj.thidua.nomination.eligibility.NominationCase;
import vn.gov.moj.thidua.nomination.eligibility.PersonRecord;
import vn.gov.moj.thidua.nomination.eligibility.RuleParameters;
import vn.gov.moj.thidua.nomination.eligibility.RuleResult;
import vn.gov.moj.thidua.nomination.eligibility.UnitPrimeMinisterCertificatePolicy;
import vn.gov.moj.thidua.nomination.eligibility.Verdict;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.Unit;

/**
 * Lists who is due a proposal ("đủ điều kiện đề nghị") from the ledger and ratings, with the eligibility rules
 * themselves (the policies of {@link EligibilityPolicies}, the parameters of {@link EligibilityService}): a row is
 * ELIGIBLE when the rule passes for the year, ALMOST when one piece is missing — the rule lacks only evidence, a
 * collective misses exactly one ratio, or a person would pass next year with one more year of the same record.
 * A unit's officer or head sees their unit's subtree; the secretariat the sector or any unit's subtree.
 */
@ApplicationScoped
public class DueLists {

    @Inject
    EntityManager em;

    @Inject
    DueListRecords records;

    @Inject
    EligibilityService eligibility;

    @Inject
    RuleBook rules;

    @Inject
    CurrentUser user;

    @Inject
    ReaderLanguage language;

    /** What the caller asked for. */
    public record Query(int year, UUID unitId, DueListKind kind, Standing standing, Boolean frontline) {
    }

    public DueList list(Query q, PageParams paging) {
        if (q.year() < 2000 || q.year() > 2100) {
            throw ApiProblem.invalidField("year", Text.of("holiday.year-out-of-range", q.year()));
        }
        Set<UUID> scope = scope(q.unitId());
        Optional<EmulationPeriod> period = em.createQuery(
                "from EmulationPeriod p where year(p.endDate) = :y order by p.endDate desc, p.startDate", EmulationPeriod.class)
                .setParameter("y", q.year()).setMaxResults(1).getResultStream().findFirst();
        LocalDate date = period.map(p -> p.endDate).orElse(LocalDate.of(q.year(), 12, 31));
        Map<UUID, Unit> units = records.units(scope, q.year());
        Map<String, UUID> dossiers = records.liveDossiers(period.map(p -> p.id).orElse(null));
        Rows rows = new Rows(units, dossiers, language.current(), awardTypes());

        List<DueListRecords.Member> members = records.members(units.keySet(), q.year());
        Map<UUID, PersonRecord> people = records.people(members.stream().map(DueListRecords.Member::personId).toList());
        for (DueListKind kind : List.of(DueListKind.CSTD_NGANH, DueListKind.BK_TTG)) {
            EligibilityPolicy policy = policy(kind);
            RuleParameters parameters = eligibility.parameters(kind.awardCode, date, new ArrayList<>());
            for (DueListRecords.Member m : members) {
                personRow(kind, policy, parameters, people.get(m.personId()), q.year()).ifPresent(r -> rows.person(kind, m, r));
            }
        }
        EligibilityPolicy collective = policy(DueListKind.TTLDXS);
        RuleParameters parameters = eligibility.parameters(DueListKind.TTLDXS.awardCode, date, new ArrayList<>());
        for (Unit unit : units.values()) {
            CollectiveRecord record = eligibility.collectiveRecord(unit.id, q.year(), date, new ArrayList<>(), new ArrayList<>());
            collectiveRow(collective, parameters, record, q.year()).ifPresent(r -> rows.unit(DueListKind.TTLDXS, unit, r));
        }
        UnitPrimeMinisterCertificatePolicy.Parameters bkUnit = unitCertificateParameters(date);
        Map<UUID, Map<Integer, Set<String>>> unitAwards = records.unitAwards(units.keySet());
        for (Unit unit : units.values()) {
            unitCertificateRow(unitAwards.getOrDefault(unit.id, Map.of()), q.year(), bkUnit)
                    .ifPresent(r -> rows.unit(DueListKind.BK_TTG_UNIT, unit, r));
        }

        List<DueListRow> all = rows.list;
        long eligible = all.stream().filter(r -> r.standing() == Standing.ELIGIBLE).count();
        long frontline = all.stream().filter(r -> r.standing() == Standing.ELIGIBLE && r.frontline()).count();
        List<DueListRow> matching = all.stream()
                .filter(r -> q.kind() == null || r.kind() == q.kind())
                .filter(r -> q.standing() == null || r.standing() == q.standing())
                .filter(r -> q.frontline() == null || r.frontline() == q.frontline())
                .sorted(Comparator.comparing(DueListRow::standing).thenComparing(DueListRow::kind)
                        .thenComparing(r -> !r.frontline()).thenComparing(DueListRow::unitName)
                        .thenComparing(r -> r.personName() == null ? "" : r.personName()))
                .toList();
        int from = Math.min(paging.page * paging.size, matching.size());
        int to = Math.min(from + paging.size, matching.size());
        return new DueList(q.year(), period.map(p -> p.id).orElse(null), q.unitId(), eligible, all.size() - eligible, frontline,
                matching.subList(from, to), paging.page, paging.size, matching.size());
    }

    /** The units the caller may list: null for the whole sector (secretariat without a unit). */
    private Set<UUID> scope(UUID unitId) {
        if (user.hasRole(Roles.SECRETARIAT)) {
            if (unitId == null) {
                return null;
            }
            if (em.find(Unit.class, unitId) == null) {
                throw ApiProblem.notFound("Unit", unitId);
            }
            return records.subtree(unitId);
        }
        Set<UUID> own = records.subtree(user.requireUnit());
        if (unitId != null && !own.contains(unitId)) {
            throw ApiProblem.forbidden(Text.of("due-list.outside-subtree"));
        }
        return unitId == null ? own : records.subtree(unitId);
    }

    /** A person's standing under the rule, if listed. */
    static Optional<RuleResult[]> personRow(DueListKind kind, EligibilityPolicy policy, RuleParameters p, PersonRecord person, int year) {
        RuleResult now = policy.evaluate(new NominationCase(kind.awardCode, year, person, null, null, List.of()), p);
        if (now.verdict() != Verdict.FAIL) {
            return Optional.of(new RuleResult[] { now });
        }
        RuleResult next = policy.evaluate(new NominationCase(kind.awardCode, year + 1, oneMoreYear(person, year + 1), null, null, List.of()), p);
        return next.verdict() == Verdict.FAIL ? Optional.empty() : Optional.of(new RuleResult[] { now, next });
    }

    /** The person's record with one more year like a good one: rated HTXSNV and CSTĐCS in {@code year}. */
    static PersonRecord oneMoreYear(PersonRecord person, int year) {
        Map<Integer, vn.gov.moj.thidua.org.PerformanceRating> ratings = new HashMap<>(person.ratingsByYear());
        ratings.put(year, vn.gov.moj.thidua.org.PerformanceRating.HTXSNV);
        Map<Integer, Set<String>> awards = new HashMap<>(person.awardsByYear());
        Set<String> that = new HashSet<>(awards.getOrDefault(year, Set.of()));
        that.add(vn.gov.moj.thidua.nomination.eligibility.AwardCode.CSTDCS);
        awards.put(year, that);
        return new PersonRecord(ratings, awards, person.initiatives(), person.openCases(), person.acceptedScienceWork());
    }

    /** A collective's standing: passes, or fails on exactly one of the ratios. */
    static Optional<RuleResult> collectiveRow(EligibilityPolicy policy, RuleParameters p, CollectiveRecord unit, int year) {
        if (unit.members() == 0) {
            return Optional.empty();
        }
        RuleResult r = policy.evaluate(new NominationCase(DueListKind.TTLDXS.awardCode, year, null, unit, null, List.of()), p);
        if (r.verdict() == Verdict.PASS) {
            return Optional.of(r);
        }
        boolean oneMissing = r.verdict() == Verdict.FAIL && r.facts().size() == 1 && r.facts().get(0) instanceof List<?> l && l.size() == 1;
        return oneMissing ? Optional.of(r) : Optional.empty();
    }

    /** R-BK-TTG-TT's dated parameters on the date, the defaults where none is recorded. */
    private UnitPrimeMinisterCertificatePolicy.Parameters unitCertificateParameters(LocalDate date) {
        var d = UnitPrimeMinisterCertificatePolicy.Parameters.defaults();
        String rule = UnitPrimeMinisterCertificatePolicy.RULE_ID;
        return new UnitPrimeMinisterCertificatePolicy.Parameters(
                rules.valueOn(rule, "consecutiveYears", date).map(RuleValue::integer).orElse(d.consecutiveYears()),
                rules.valueOn(rule, "flagsWithin", date).map(RuleValue::integer).orElse(d.flagsWithin()),
                rules.valueOn(rule, "certificatesWithin", date).map(RuleValue::integer).orElse(d.certificatesWithin()));
    }

    /**
     * A unit's standing for the Prime Minister's certificate: passes; or fails now but would pass next year with one
     * more TTLĐXS year (ALMOST, the result of this year says what is missing).
     */
    static Optional<RuleResult> unitCertificateRow(Map<Integer, Set<String>> awards, int year, UnitPrimeMinisterCertificatePolicy.Parameters p) {
        if (awards.isEmpty()) {
            return Optional.empty();
        }
        RuleResult now = UnitPrimeMinisterCertificatePolicy.evaluate(awards, year, p);
        if (now.verdict() == Verdict.PASS) {
            return Optional.of(now);
        }
        Map<Integer, Set<String>> next = new HashMap<>(awards);
        Set<String> that = new HashSet<>(next.getOrDefault(year + 1, Set.of()));
        that.add(vn.gov.moj.thidua.nomination.eligibility.AwardCode.TTLDXS);
        next.put(year + 1, that);
        return UnitPrimeMinisterCertificatePolicy.evaluate(next, year + 1, p).verdict() == Verdict.PASS ? Optional.of(now) : Optional.empty();
    }

    static EligibilityPolicy policy(DueListKind kind) {
        return EligibilityPolicies.standard().stream().filter(p -> p.ruleId().equals(kind.ruleId)).findFirst().orElseThrow();
    }

    private Map<String, AwardType> awardTypes() {
        Map<String, AwardType> types = new HashMap<>();
        em.createQuery("from AwardType", AwardType.class).getResultList().forEach(t -> types.put(t.code, t));
        return types;
    }

    /** Turns rule results into rows with names, sources and explanations in the reader's language. */
    private static final class Rows {
        final List<DueListRow> list = new ArrayList<>();
        final Map<UUID, Unit> units;
        final Map<String, UUID> dossiers;
        final Locale lang;
        final Map<String, AwardType> types;
        final Map<String, String> awardNames = new HashMap<>();

        Rows(Map<UUID, Unit> units, Map<String, UUID> dossiers, Locale lang, Map<String, AwardType> types) {
            this.units = units;
            this.dossiers = dossiers;
            this.lang = lang;
            this.types = types;
            types.forEach((code, t) -> awardNames.put(code, t.name));
        }

        void person(DueListKind kind, DueListRecords.Member m, RuleResult[] results) {
            Unit unit = units.get(m.unitId());
            add(kind, results[0], m.personId(), m.name(), unit, results.length > 1 || results[0].verdict() != Verdict.PASS);
        }

        void unit(DueListKind kind, Unit unit, RuleResult result) {
            add(kind, result, null, null, unit, result.verdict() != Verdict.PASS);
        }

        private void add(DueListKind kind, RuleResult r, UUID personId, String personName, Unit unit, boolean almost) {
            AwardType type = types.get(kind.awardCode);
            if (type == null || unit == null) {
                return;
            }
            var verdict = EligibilityReportView.RuleVerdict.of(r, lang, awardNames);
            UUID nominee = personId != null ? personId : unit.id;
            list.add(new DueListRow(kind, almost ? Standing.ALMOST : Standing.ELIGIBLE, personId, personName, unit.id, unit.name,
                    unit.kind.name(), FrontlineUnits.isFrontline(unit.kind), type.id, type.code, type.name, verdict.ruleId(), verdict.name(),
                    verdict.legalSource(), verdict.explanation(), almost ? verdict.explanation() : null,
                    dossiers.get(nominee + "/" + kind.awardCode)));
        }
    }
}
