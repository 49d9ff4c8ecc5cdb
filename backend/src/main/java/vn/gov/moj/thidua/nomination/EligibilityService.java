package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.catalog.AwardKind;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.signature.SignatureStatus;
import vn.gov.moj.thidua.nomination.eligibility.AwardCode;
import vn.gov.moj.thidua.nomination.eligibility.ClusterElectionPolicy;
import vn.gov.moj.thidua.nomination.eligibility.CollectiveRecord;
import vn.gov.moj.thidua.nomination.eligibility.EligibilityEngine;
import vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts;
import vn.gov.moj.thidua.nomination.eligibility.Fact;
import vn.gov.moj.thidua.nomination.eligibility.InitiativeFact;
import vn.gov.moj.thidua.nomination.eligibility.NominationCase;
import vn.gov.moj.thidua.nomination.eligibility.PersonRecord;
import vn.gov.moj.thidua.nomination.eligibility.RuleParameters;
import vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.PerformanceRating;
import vn.gov.moj.thidua.org.PeriodYears;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.voting.PublishedOutcome;
import vn.gov.moj.thidua.voting.VotingResults;

/**
 * Feeds the pure eligibility engine from the database: ratings, the awards ledger, discipline and pending cases,
 * the members of a unit in the year (following mergers), initiatives, the period's proposals for quotas, and the
 * rule parameters in force on the period's last day. Cluster flags read the published election through voting's
 * narrow interface.
 */
@ApplicationScoped
public class EligibilityService {

    /** The engine over the one list of rules ({@link vn.gov.moj.thidua.nomination.eligibility.EligibilityPolicies}). */
    static final EligibilityEngine ENGINE = EligibilityEngine.standard();

    /** Dossiers that no longer propose anything (R-ONE-ACHIEVEMENT, R-STATE-PER-YEAR count all others). */
    static final List<NominationStatus> DEAD = List.of(NominationStatus.RETURNED, NominationStatus.REJECTED, NominationStatus.REVOKED,
            NominationStatus.WITHDRAWN);

    /** Proposals that still compete for a quota (drafts are not proposals yet; decided ones are in the ledger). */
    static final List<NominationStatus> LIVE = List.of(NominationStatus.SUBMITTED, NominationStatus.RECEIVED,
            NominationStatus.APPRAISING, NominationStatus.ON_AGENDA, NominationStatus.PUBLIC_COMMENT,
            NominationStatus.COUNCIL_VOTED, NominationStatus.APPROVED);

    @Inject
    EntityManager em;

    @Inject
    RuleBook rules;

    @Inject
    UnitDirectory directory;

    @Inject
    Instance<VotingResults> voting;

    @Inject
    Clock clock;

    @Inject
    ReaderLanguage language;

    @Inject
    ClusterFlagQuota flagQuota;

    @Inject
    EligibilityReceipts receipts;

    @Inject
    EligibilityParameters parameterBook;

    /**
     * Judges the dossier on today's records; the texts are in the request's language. The dossier's own ledger row (once
     * decided) is left out of the nominee's history.
     */
    public EligibilityReportView check(Nomination n) {
        AwardType type = em.find(AwardType.class, n.awardTypeId);
        EmulationPeriod period = em.find(EmulationPeriod.class, n.periodId);
        int year = PeriodYears.ledgerYear(period.endDate);
        LocalDate date = period.endDate;
        List<Fact.Phrase> notes = new ArrayList<>();
        List<RuleSetReceipt.ParameterRead> read = new ArrayList<>();
        RuleParameters parameters = parameters(type.code, date, notes, read);

        PersonRecord person = n.personId == null ? null : personRecord(n, year);
        CollectiveRecord collective = n.nomineeUnitId == null ? null : collectiveRecord(n.nomineeUnitId, year, date, notes, read);
        NominationCase.QuotaCounts quota = AwardCode.CSTDCS.equals(type.code) && person != null ? quota(n, year) : null;
        NominationCase.ClusterElection election = null;
        if (ClusterElectionPolicy.appliesTo(type.code) && n.nomineeUnitId != null) {
            Optional<PublishedOutcome> outcome = outcome(n.electionSessionId);
            UUID clusterId = n.clusterId != null ? n.clusterId : outcome.map(PublishedOutcome::clusterId).orElse(null);
            election = new NominationCase.ClusterElection(type.id, n.periodId, n.nomineeUnitId, n.electionSessionId, outcome,
                    flagsProposed(n, type, clusterId));
            if (clusterId != null) {
                Optional<RuleValue> flags = flagQuota.quotaValue(type.code, clusterId, date);
                flags.ifPresent(v -> read.add(EligibilityReceipts.read(v)));
                parameters = parameters.withFlagsPerCluster(flags.map(RuleValue::integer).orElse(parameters.flagsPerCluster()));
            }
        }
        NominationCase c = new NominationCase(type.code, year, person, collective, quota, List.copyOf(n.initiativeIds),
                dossier(n, type, year, date), election);
        EligibilityEngine.Report report = ENGINE.check(c, parameters);
        if (type.level != AwardLevel.UNIT && !ENGINE.hasCriteriaFor(type.code)) {
            notes.add(Fact.phrase(type.verified ? "note.noCriteria" : "note.noCriteriaUnverified", Fact.award(type.code)));
        }

        Locale lang = language.current();
        Map<String, String> awardNames = awardNames();
        return new EligibilityReportView(n.id, type.code, EligibilityTexts.named(Fact.award(type.code), lang, awardNames), year, date,
                report.overall(), report.results().stream().map(r -> EligibilityReportView.RuleVerdict.of(r, lang, awardNames)).toList(),
                notes.stream().map(p -> EligibilityTexts.format(p.key(), p.facts(), lang, awardNames)).toList(), n.overrideReason,
                Instant.now(clock), lang.getLanguage(), receipts.record(n.id, date, read));
    }

    /** The catalog's (Vietnamese) name of every award code. */
    private Map<String, String> awardNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select t.code, t.name from AwardType t", Object[].class).getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private Optional<PublishedOutcome> outcome(UUID sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        if (!voting.isResolvable()) {
            throw ApiProblem.conflict(Text.of("nomination.voting-unavailable", sessionId));
        }
        return voting.get().publishedOutcome(sessionId);
    }

    // --- parameters ---------------------------------------------------------------------------------

    RuleParameters parameters(String code, LocalDate date, List<Fact.Phrase> notes) {
        return parameters(code, date, notes, new ArrayList<>());
    }

    /** The parameters in force on {@code date}; every version read (or default used) is added to {@code read}. */
    RuleParameters parameters(String code, LocalDate date, List<Fact.Phrase> notes, List<RuleSetReceipt.ParameterRead> read) {
        return parameterBook.inForce(code, date, notes, read);
    }

    // --- the dossier and its neighbours ---------------------------------------------------------------

    NominationCase.Dossier dossier(Nomination n, AwardType type, int year, LocalDate date) {
        Set<String> kinds = new HashSet<>(em.createQuery(
                "select distinct d.kind from NominationDocument d where d.nominationId = :n", DocumentKind.class)
                .setParameter("n", n.id).getResultList().stream().map(Enum::name).toList());
        return new NominationCase.Dossier(kinds, date, type.kind.name(), type.level.name(),
                sameYear(n, year, "t.kind = :kind", "kind", AwardKind.FORM),
                sameYear(n, year, "t.level = :level", "level", AwardLevel.STATE), signing(n, kinds, date));
    }

    /** The kinds the dated R-EVIDENCE-SIGNED parameter says must be signed on the date, with what the dossier's files of each show. */
    private List<NominationCase.Signing> signing(Nomination n, Set<String> kinds, LocalDate date) {
        List<NominationCase.Signing> duties = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            Optional<RuleValue> duty = rules.valueOn("R-EVIDENCE-SIGNED", kind.name(), date).filter(RuleValue::flag);
            if (duty.isEmpty() || !kinds.contains(kind.name())) {
                continue;
            }
            List<NominationDocument> files = em.createQuery("from NominationDocument where nominationId = :n and kind = :k order by addedAt",
                    NominationDocument.class).setParameter("n", n.id).setParameter("k", kind).getResultList();
            Optional<NominationDocument> invalid = files.stream().filter(f -> f.signatureStatus == SignatureStatus.INVALID).findFirst();
            String state = files.stream().anyMatch(f -> f.signatureStatus == SignatureStatus.VALID) ? "VALID" : invalid.isPresent() ? "INVALID" : "UNSIGNED";
            String reason = "INVALID".equals(state) ? ProblemTexts.render(Text.of(invalid.get().signatureReason, invalid.get().signerName,
                    invalid.get().signatureReasonDetail), language.current()) : null;
            duties.add(new NominationCase.Signing(kind.name(), duty.get().effectiveFrom(), duty.get().legalSource(), state, reason));
        }
        return duties;
    }

    /** The nominee's other live dossiers and unrevoked ledger awards of the year whose award type matches. */
    private List<Fact.Phrase> sameYear(Nomination n, int year, String typeFilter, String name, Object value) {
        boolean person = n.personId != null;
        String nominee = person ? "x.personId = :who" : "x.personId is null and x.nomineeUnitId = :who";
        List<Fact.Phrase> found = new ArrayList<>();
        em.createQuery("select x.id, t.code, x.status from Nomination x, AwardType t, EmulationPeriod p"
                + " where t.id = x.awardTypeId and p.id = x.periodId and year(p.endDate) = :year and " + typeFilter
                + " and " + nominee + " and x.status not in :dead and x.id <> :self", Object[].class)
                .setParameter("year", year).setParameter(name, value).setParameter("who", n.nomineeId())
                .setParameter("dead", DEAD).setParameter("self", n.id).getResultList()
                .forEach(r -> found.add(Fact.phrase("neighbour.dossier", r[0], Fact.award((String) r[1]), Fact.status(r[2].toString()))));
        String holder = person ? "a.personId = :who" : "a.personId is null and a.unitId = :who";
        em.createQuery("select t.code, a.decisionNumber from Award a, AwardType t where t.id = a.awardTypeId and a.year = :year"
                + " and " + typeFilter + " and " + holder + " and a.revokedAt is null"
                + " and (a.nominationId is null or a.nominationId <> :self)", Object[].class)
                .setParameter("year", year).setParameter(name, value).setParameter("who", n.nomineeId())
                .setParameter("self", n.id).getResultList()
                .forEach(r -> found.add(Fact.phrase("neighbour.award", Fact.award((String) r[0]), r[1])));
        return found;
    }

    // --- a person -----------------------------------------------------------------------------------

    PersonRecord personRecord(Nomination n, int year) {
        Map<Integer, PerformanceRating> ratings = new HashMap<>();
        em.createQuery("select r.year, r.rating from AnnualRating r where r.person.id = :p", Object[].class)
                .setParameter("p", n.personId).getResultList()
                .forEach(row -> ratings.put((Integer) row[0], (PerformanceRating) row[1]));
        Map<Integer, Set<String>> awards = new HashMap<>();
        em.createQuery("""
                select a.year, t.code from Award a, AwardType t
                where t.id = a.awardTypeId and a.personId = :p and a.revokedAt is null
                  and (a.nominationId is null or a.nominationId <> :self)""", Object[].class)
                .setParameter("p", n.personId).setParameter("self", n.id).getResultList()
                .forEach(row -> awards.computeIfAbsent((Integer) row[0], k -> new HashSet<>()).add((String) row[1]));
        List<InitiativeFact> initiatives = n.initiativeIds.isEmpty() ? List.of()
                : em.createQuery("select i from Initiative i where i.id in :ids and :p member of i.ownerIds", Initiative.class)
                        .setParameter("ids", n.initiativeIds).setParameter("p", n.personId).getResultList().stream()
                        .map(i -> new InitiativeFact(i.id, i.title, i.scope, i.recognitionDate.getYear(), i.priorUse != null))
                        .toList();
        List<Fact.Phrase> open = openCases("c.personId = :who", n.personId);
        return new PersonRecord(ratings, awards, initiatives, open, false);
    }

    NominationCase.QuotaCounts quota(Nomination n, int year) {
        List<UUID> members = membersOf(n.unitId, year);
        long ldtt = countHolding(members, AwardCode.LDTT, year);
        long cstdcs = countHolding(members, AwardCode.CSTDCS, year);
        long others = em.createQuery("""
                select count(x) from Nomination x, AwardType t, EmulationPeriod p
                where t.id = x.awardTypeId and p.id = x.periodId and t.code = :code and x.unitId = :unit
                  and year(p.endDate) = :year and x.status in :live and x.id <> :self""", Long.class)
                .setParameter("code", AwardCode.CSTDCS).setParameter("unit", n.unitId).setParameter("year", year)
                .setParameter("live", LIVE).setParameter("self", n.id).getSingleResult();
        boolean inLedger = n.status == NominationStatus.DECIDED;
        return new NominationCase.QuotaCounts((int) (cstdcs + others + (inLedger ? 0 : 1)), (int) ldtt);
    }

    // --- a unit -------------------------------------------------------------------------------------

    /** The nominee's pending cases, each as its kind and description. */
    private List<Fact.Phrase> openCases(String nominee, UUID who) {
        return em.createQuery("select c.kind, c.description from PendingCase c where " + nominee + " and c.closedOn is null", Object[].class)
                .setParameter("who", who).getResultList().stream()
                .map(r -> Fact.phrase("pendingCase", Fact.pendingCase((String) r[0]), r[1])).toList();
    }

    CollectiveRecord collectiveRecord(UUID unitId, int year, LocalDate date, List<Fact.Phrase> notes, List<RuleSetReceipt.ParameterRead> read) {
        List<UUID> members = membersOf(unitId, year);
        long completing = members.isEmpty() ? 0 : em.createQuery("""
                select count(distinct r.person.id) from AnnualRating r where r.person.id in :m and r.year = :y and r.rating in :ok""", Long.class)
                .setParameter("m", members).setParameter("y", year)
                .setParameter("ok", List.of(PerformanceRating.HTXSNV, PerformanceRating.HTTNV, PerformanceRating.HTNV))
                .getSingleResult();
        DisciplineRecord.Form blocking = parameterBook.value("R-TTLDTT", "blockingDisciplineForm", date, DisciplineRecord.Form.CANH_CAO.name(), read)
                .map(v -> DisciplineRecord.Form.valueOf(v.text().strip())).orElseGet(() -> {
                    notes.add(Fact.phrase("note.parameterMissing", "R-TTLDTT", "blockingDisciplineForm", date,
                            new Fact.Named("discipline", DisciplineRecord.Form.CANH_CAO.name())));
                    return DisciplineRecord.Form.CANH_CAO;
                });
        List<DisciplineRecord.Form> blockingForms = java.util.Arrays.stream(DisciplineRecord.Form.values())
                .filter(f -> f.compareTo(blocking) >= 0).toList();
        long disciplined = members.isEmpty() ? 0 : em.createQuery("""
                select count(distinct d.personId) from DisciplineRecord d
                where d.personId in :m and d.decidedOn between :start and :end and d.form in :forms""", Long.class)
                .setParameter("m", members).setParameter("start", window(year).start()).setParameter("end", window(year).end())
                .setParameter("forms", blockingForms).getSingleResult();
        List<Fact.Phrase> open = openCases("c.unitId = :who", unitId);
        return new CollectiveRecord(members.size(), (int) completing, (int) countHolding(members, AwardCode.LDTT, year),
                (int) countHolding(members, AwardCode.CSTDCS, year), (int) disciplined, open);
    }

    /** The days of the ledger year: its period's (October–September periods included), else the calendar year. */
    private PeriodYears.Window window(int year) {
        List<PeriodYears.Window> periods = em.createQuery("select p.startDate, p.endDate from EmulationPeriod p", Object[].class)
                .getResultList().stream().map(r -> new PeriodYears.Window((LocalDate) r[0], (LocalDate) r[1])).toList();
        return PeriodYears.window(year, periods);
    }

    /** People assigned during the ledger year (its period's days) to the unit or to a unit merged into it. */
    List<UUID> membersOf(UUID unitId, int year) {
        PeriodYears.Window days = window(year);
        return em.createQuery("""
                select distinct a.person.id from PersonAssignment a
                where a.unitId in :units and a.validFrom <= :end and (a.validTo is null or a.validTo >= :start)""", UUID.class)
                .setParameter("units", directory.lineageOf(unitId))
                .setParameter("start", days.start()).setParameter("end", days.end())
                .getResultList();
    }

    private long countHolding(List<UUID> people, String code, int year) {
        if (people.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                select count(distinct a.personId) from Award a, AwardType t
                where t.id = a.awardTypeId and t.code = :code and a.year = :y and a.personId in :m and a.revokedAt is null""", Long.class)
                .setParameter("code", code).setParameter("y", year).setParameter("m", people).getSingleResult();
    }

    /**
     * The cluster's proposals of the same flag in its period, this one included ({@link ClusterFlagQuota}): the cluster
     * is the dossier's (from its cluster proposal) or its cited election's. Without one, only this dossier counts.
     */
    int flagsProposed(Nomination n, AwardType type, UUID clusterId) {
        if (clusterId == null) {
            return 1;
        }
        return (int) flagQuota.proposed(clusterId, type.id, List.of(n.id)) + 1;
    }
}
