package vn.gov.moj.thidua.nomination;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.catalog.AwardSubject;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.Fraction;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Problem;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.UploadedFiles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.nomination.eligibility.Verdict;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.voting.PublishedOutcome;
import vn.gov.moj.thidua.voting.VotingResults;

/**
 * Dossiers: drafting by the unit, submission by its head, appraisal with the eligibility engine, the council, and
 * every state change audited in its transaction. Object-level access: a unit's people see their unit's dossiers
 * only; the council reads from the agenda on; viewers read decided ones; everyone reads those open for comment.
 */
@ApplicationScoped
public class NominationService {

    static final String ENTITY = "Nomination";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt", "status", "status");
    static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text",
            "image/png", "image/jpeg");

    @Inject
    NominationRepository nominations;

    @Inject
    EligibilityService eligibility;

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Inject
    RuleBook rules;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<VotingResults> voting;

    @ConfigProperty(name = "thidua.documents.max-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    // --- reading ------------------------------------------------------------------------------------

    boolean secretariat() {
        return user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
    }

    boolean canSee(Nomination n) {
        if (secretariat() || n.status == NominationStatus.PUBLIC_COMMENT) {
            return true;
        }
        if (user.hasRole(Roles.COUNCIL_MEMBER) && NominationWorkflow.onAgendaOrLater(n.status)) {
            return true;
        }
        if (user.hasAnyRole(List.of(Roles.VIEWER, Roles.INTEGRATION))
                && (n.status == NominationStatus.DECIDED || n.status == NominationStatus.REVOKED)) {
            return true;
        }
        return user.hasAnyRole(List.of(Roles.UNIT_OFFICER, Roles.UNIT_HEAD, Roles.CLUSTER_LEAD)) && user.belongsTo(n.unitId);
    }

    Nomination findVisible(UUID id) {
        Nomination n = nominations.findById(id);
        if (n == null || !canSee(n)) {
            throw ApiProblem.notFound("Nomination", id);
        }
        return n;
    }

    public Page<NominationView> list(NominationStatus status, UUID unitId, UUID periodId, UUID awardTypeId, UUID personId,
            UUID nomineeUnitId, PageParams paging) {
        ListQuery query = new ListQuery()
                .countedAs("nomination")
                .where("status = :status", "status", status)
                .where("unitId = :unitId", "unitId", unitId)
                .where("periodId = :periodId", "periodId", periodId)
                .where("awardTypeId = :awardTypeId", "awardTypeId", awardTypeId)
                .where("personId = :personId", "personId", personId)
                .where("nomineeUnitId = :nomineeUnitId", "nomineeUnitId", nomineeUnitId);
        if (!secretariat()) {
            List<String> visible = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            visible.add("status = :publicComment");
            params.put("publicComment", NominationStatus.PUBLIC_COMMENT);
            if (user.hasRole(Roles.COUNCIL_MEMBER)) {
                visible.add("status in :agenda");
                params.put("agenda", java.util.Arrays.stream(NominationStatus.values()).filter(NominationWorkflow::onAgendaOrLater).toList());
            }
            if (user.hasAnyRole(List.of(Roles.VIEWER, Roles.INTEGRATION))) {
                visible.add("status in :decided");
                params.put("decided", List.of(NominationStatus.DECIDED, NominationStatus.REVOKED));
            }
            UUID own = user.unitId().orElse(null);
            if (own != null && user.hasAnyRole(List.of(Roles.UNIT_OFFICER, Roles.UNIT_HEAD, Roles.CLUSTER_LEAD))) {
                visible.add("unitId = :ownUnit");
                params.put("ownUnit", own);
            }
            query.whereAll("(" + String.join(" or ", visible) + ")", params);
        }
        Page<Nomination> page = query.page(nominations, paging, SORTABLE, "-createdAt");
        Names names = namesOf(page.items());
        return page.map(n -> view(n, names));
    }

    public NominationView get(UUID id) {
        return view(findVisible(id));
    }

    public EligibilityReportView eligibility(UUID id) {
        return eligibility.check(findVisible(id));
    }

    public List<HistoryEntry> history(UUID id) {
        return audit.historyOf(ENTITY, findVisible(id).id).stream().map(HistoryEntry::of).toList();
    }

    // --- drafting -----------------------------------------------------------------------------------

    @Transactional
    public NominationView create(NominationRequest request) {
        UUID unit = user.requireUnit();
        Nomination n = new Nomination();
        n.unitId = unit;
        n.createdBy = user.username();
        apply(n, request);
        nominations.persistAndFlush(n);
        audit.record(ENTITY, n.id, "create", Map.of("awardTypeId", n.awardTypeId.toString(), "nominee", n.nomineeId().toString()));
        return view(n);
    }

    /** The outcome of a nominee list: one draft per row, in file order. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "NominationImportResult")
    public record ImportResult(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, examples = "12") int imported,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) List<ImportedRow> rows) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "NominationImportRow")
    public record ImportedRow(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, description = "The file's row (header = 1)", examples = "2") int row,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) UUID nominationId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, examples = "Nguyễn Thị Hồng Nhung") String nominee,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true, examples = "CSTDCS") String awardTypeCode) {
    }

    /**
     * Drafts one dossier per row for the caller's unit, all or nothing: each row passes the checks of a single draft;
     * any bad row rejects the file with 422 listing every error as rows[N].column.
     */
    @Transactional
    public ImportResult importRows(NominationImport.Parsed parsed) {
        UUID unit = user.requireUnit();
        List<AwardImport.RowError> errors = new ArrayList<>(parsed.errors());
        List<ImportedRow> done = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (NominationImport.Line line : parsed.lines()) {
            AwardType type = em.createQuery("from AwardType where code = :c", AwardType.class).setParameter("c", line.awardType())
                    .getResultStream().findFirst().orElse(null);
            EmulationPeriod period = em.createQuery("from EmulationPeriod where label = :l", EmulationPeriod.class)
                    .setParameter("l", line.period()).getResultStream().findFirst().orElse(null);
            if (type == null) {
                errors.add(new AwardImport.RowError(line.row(), "awardType", "unknown award type code " + line.awardType()));
            }
            if (period == null) {
                errors.add(new AwardImport.RowError(line.row(), "period", "no emulation period labelled " + line.period()));
            }
            if (type == null || period == null) {
                continue;
            }
            UUID nominee = line.personId() != null ? line.personId() : line.nomineeUnitId();
            if (!seen.add(type.id + "/" + period.id + "/" + nominee)) {
                errors.add(new AwardImport.RowError(line.row(), line.personId() != null ? "personId" : "nomineeUnitId",
                        "the same nominee, award and period appear on an earlier row"));
                continue;
            }
            Nomination n = new Nomination();
            n.unitId = unit;
            n.createdBy = user.username();
            try {
                apply(n, new NominationRequest(line.personId(), line.nomineeUnitId(), type.id, period.id, line.achievements(), List.of(), null));
            } catch (ApiProblem problem) {
                Problem p = problem.toProblem(null);
                if (p.errors() == null || p.errors().isEmpty()) {
                    errors.add(new AwardImport.RowError(line.row(), "row", p.detail()));
                } else {
                    p.errors().forEach(e -> errors.add(new AwardImport.RowError(line.row(), importColumn(e.field()), e.message())));
                }
                continue;
            }
            if (errors.isEmpty()) {
                nominations.persist(n);
                done.add(new ImportedRow(line.row(), n.id, n.personId != null ? em.find(Person.class, n.personId).fullName
                        : directory.nameOf(n.nomineeUnitId), type.code));
            }
        }
        if (!errors.isEmpty()) {
            List<Problem.FieldError> fields = errors.stream().sorted(java.util.Comparator.comparingInt(AwardImport.RowError::row))
                    .map(e -> new Problem.FieldError("rows[" + e.row() + "]." + e.column(), "row " + e.row() + ", column " + e.column() + ": "
                            + e.message()))
                    .toList();
            throw new ApiProblem(422, "/problems/import-rejected", "Import rejected", "Nothing was imported: " + fields.size()
                    + " error(s) in " + errors.stream().map(AwardImport.RowError::row).distinct().count()
                    + " row(s); fix them and send the whole file again", fields, null, null);
        }
        nominations.flush();
        for (ImportedRow r : done) {
            audit.record(ENTITY, r.nominationId(), "create", Map.of("import", "row " + r.row()));
        }
        return new ImportResult(done.size(), done);
    }

    private static String importColumn(String field) {
        return switch (field) {
        case "awardTypeId" -> "awardType";
        case "periodId" -> "period";
        default -> field;
        };
    }

    @Transactional
    public NominationView update(UUID id, String ifMatch, NominationRequest request) {
        Nomination n = ownDossier(id);
        Versions.requireMatch(ifMatch, n.version);
        NominationWorkflow.next(n.status, NominationWorkflow.EDIT, stateLevel(n));
        apply(n, request);
        nominations.flush();
        audit.record(ENTITY, n.id, "update", Map.of("awardTypeId", n.awardTypeId.toString(), "nominee", n.nomineeId().toString()));
        return view(n);
    }

    /** A dossier of the caller's own unit, for its officer or head; another unit's is not found. */
    Nomination ownDossier(UUID id) {
        Nomination n = nominations.findById(id);
        if (n == null || !user.belongsTo(n.unitId)) {
            throw ApiProblem.notFound("Nomination", id);
        }
        return n;
    }

    private void apply(Nomination n, NominationRequest r) {
        AwardType type = em.find(AwardType.class, r.awardTypeId());
        if (type == null || !type.active) {
            throw ApiProblem.invalidField("awardTypeId", "no active award type " + r.awardTypeId());
        }
        EmulationPeriod period = em.find(EmulationPeriod.class, r.periodId());
        if (period == null) {
            throw ApiProblem.invalidField("periodId", "no emulation period " + r.periodId());
        }
        if ((r.personId() == null) == (r.nomineeUnitId() == null)) {
            throw ApiProblem.invalidField(r.personId() == null ? "personId" : "nomineeUnitId",
                    "name exactly one nominee: personId (individual awards) or nomineeUnitId (collective awards)");
        }
        if (type.subject == AwardSubject.INDIVIDUAL && r.personId() == null) {
            throw unprocessable("personId", type.code + " is awarded to individuals: name the nominee in personId");
        }
        if (type.subject == AwardSubject.COLLECTIVE && r.nomineeUnitId() == null) {
            throw unprocessable("nomineeUnitId", type.code + " is awarded to collectives: name the nominee in nomineeUnitId");
        }
        if (r.personId() != null) {
            Person person = em.find(Person.class, r.personId());
            if (person == null) {
                throw ApiProblem.invalidField("personId", "no person " + r.personId());
            }
            if (!directory.lineageOf(n.unitId).contains(person.unitId) && !n.unitId.equals(person.unitId)) {
                throw unprocessable("personId", "the nominee does not belong to the proposing unit");
            }
        } else {
            Unit unit = em.find(Unit.class, r.nomineeUnitId());
            if (unit == null) {
                throw ApiProblem.invalidField("nomineeUnitId", "no unit " + r.nomineeUnitId());
            }
            if (!unit.id.equals(n.unitId) && !n.unitId.equals(unit.parentId)) {
                throw unprocessable("nomineeUnitId", "a unit proposes itself or one of its sub-units");
            }
        }
        Set<UUID> initiatives = new LinkedHashSet<>(r.initiativeIds() == null ? List.of() : r.initiativeIds());
        for (UUID initiativeId : initiatives) {
            if (em.find(Initiative.class, initiativeId) == null) {
                throw ApiProblem.invalidField("initiativeIds", "no initiative " + initiativeId);
            }
            List<UUID> users = em.createNativeQuery(
                    "SELECT nomination_id FROM nomination_initiative WHERE initiative_id = ?1", UUID.class)
                    .setParameter(1, initiativeId).getResultList();
            if (users.stream().anyMatch(u -> !u.equals(n.id))) {
                throw new ApiProblem(409, "/problems/initiative-used", "Initiative already used",
                        "Initiative " + initiativeId + " already backs nomination " + users.get(0)
                                + "; an initiative supports one proposal only (R-INIT)",
                        List.of(new Problem.FieldError("initiativeIds", "already used by nomination " + users.get(0))), null, null);
            }
        }
        n.awardTypeId = type.id;
        n.periodId = period.id;
        n.personId = r.personId();
        n.nomineeUnitId = r.personId() == null ? r.nomineeUnitId() : null;
        n.achievements = r.achievements().strip();
        n.electionSessionId = r.electionSessionId();
        n.initiativeIds.clear();
        n.initiativeIds.addAll(initiatives);
    }

    static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(422, "/problems/validation", "Unprocessable request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null, null);
    }

    // --- workflow -----------------------------------------------------------------------------------

    @Transactional
    public NominationView submit(UUID id) {
        Nomination n = ownDossier(id);
        NominationStatus to = NominationWorkflow.next(n.status, NominationWorkflow.SUBMIT, stateLevel(n));
        EligibilityReportView report = eligibility.check(n);
        requireNoHardFailure(n, report, "submitted");
        return move(n, NominationWorkflow.SUBMIT, to, null, Map.of("eligibility", report.overall().name()));
    }

    @Transactional
    public NominationView receive(UUID id) {
        Nomination n = findVisible(id);
        return move(n, NominationWorkflow.RECEIVE, NominationWorkflow.next(n.status, NominationWorkflow.RECEIVE, stateLevel(n)), null, null);
    }

    @Transactional
    public NominationView appraise(UUID id) {
        Nomination n = findVisible(id);
        NominationStatus to = NominationWorkflow.next(n.status, NominationWorkflow.APPRAISE, stateLevel(n));
        EligibilityReportView report = eligibility.check(n);
        store(n, report);
        return move(n, NominationWorkflow.APPRAISE, to, null, Map.of("eligibility", report.overall().name(),
                "failing", report.failing().stream().map(EligibilityReportView.RuleVerdict::ruleId).toList()));
    }

    @Transactional
    public NominationView returnToUnit(UUID id, String reason) {
        Nomination n = findVisible(id);
        NominationStatus to = NominationWorkflow.next(n.status, NominationWorkflow.RETURN, stateLevel(n));
        n.returnReason = reason.strip();
        notifier.notify(n.unitId, n.id, "RETURNED", "Hồ sơ đề nghị " + label(n) + " bị trả lại: " + n.returnReason);
        return move(n, NominationWorkflow.RETURN, to, n.returnReason, null);
    }

    @Transactional
    public NominationView putOnAgenda(UUID id) {
        Nomination n = findVisible(id);
        NominationStatus to = NominationWorkflow.next(n.status, NominationWorkflow.PUT_ON_AGENDA, stateLevel(n));
        EligibilityReportView report = eligibility.check(n);
        store(n, report);
        requireNoHardFailure(n, report, "put on the agenda");
        return move(n, NominationWorkflow.PUT_ON_AGENDA, to, null, Map.of("eligibility", report.overall().name()));
    }

    @Transactional
    public NominationView openPublicComment(UUID id, LocalDate closingDate) {
        Nomination n = findVisible(id);
        NominationStatus to = NominationWorkflow.next(n.status, NominationWorkflow.OPEN_PUBLIC_COMMENT, stateLevel(n));
        if (closingDate.isBefore(LocalDate.now(VIETNAM))) {
            throw ApiProblem.invalidField("closingDate", "must not be in the past");
        }
        n.commentClosingDate = closingDate;
        return move(n, NominationWorkflow.OPEN_PUBLIC_COMMENT, to, null, Map.of("closingDate", closingDate.toString()));
    }

    @Transactional
    public NominationActions.CommentView comment(UUID id, String text) {
        Nomination n = findVisible(id);
        if (n.status != NominationStatus.PUBLIC_COMMENT) {
            throw ApiProblem.conflict("Nomination " + id + " is not open for public comment (state " + n.status + ")");
        }
        if (n.commentClosingDate != null && LocalDate.now(VIETNAM).isAfter(n.commentClosingDate)) {
            throw ApiProblem.conflict("Comments closed on " + n.commentClosingDate);
        }
        NominationComment c = new NominationComment();
        c.nominationId = n.id;
        c.author = user.username();
        c.text = text.strip();
        em.persist(c);
        em.flush();
        audit.record(ENTITY, n.id, "comment", Map.of("commentId", c.id.toString()));
        return NominationActions.CommentView.of(c);
    }

    public List<NominationActions.CommentView> comments(UUID id) {
        Nomination n = findVisible(id);
        return em.createQuery("from NominationComment where nominationId = :n order by createdAt, id", NominationComment.class)
                .setParameter("n", n.id).getResultList().stream().map(NominationActions.CommentView::of).toList();
    }

    /** The council's electronic vote, read from its published outcome (voting capability). */
    @Transactional
    public NominationView councilVote(UUID id, UUID sessionId) {
        Nomination n = findVisible(id);
        NominationWorkflow.next(n.status, NominationWorkflow.COUNCIL_VOTE, stateLevel(n));
        if (!voting.isResolvable()) {
            throw ApiProblem.conflict("voting results are not available: this server has no voting capability to read session "
                    + sessionId + " from");
        }
        PublishedOutcome outcome = voting.get().publishedOutcome(sessionId)
                .orElseThrow(() -> ApiProblem.conflict("Voting session " + sessionId + " is unknown or not yet published"));
        NominationStatus verdict = CouncilOutcome.verdict(outcome, n.id);
        n.councilSessionId = sessionId;
        return councilDecides(n, NominationWorkflow.COUNCIL_VOTE, verdict, CouncilOutcome.summary(outcome, n.id));
    }

    /** A council vote held on paper, entered from the minutes; the threshold in force decides (R-COUNCIL-VOTE). */
    @Transactional
    public NominationView councilResult(UUID id, NominationActions.CouncilResultRequest r) {
        Nomination n = findVisible(id);
        NominationWorkflow.next(n.status, NominationWorkflow.COUNCIL_RESULT, stateLevel(n));
        if (r.yes() + r.no() > r.members()) {
            throw ApiProblem.invalidField("yes", "yes + no (" + (r.yes() + r.no()) + ") exceeds the council's " + r.members() + " members");
        }
        LocalDate today = LocalDate.now(VIETNAM);
        Fraction threshold = rules.fractionOn("R-COUNCIL-VOTE", "threshold", today);
        boolean passed = threshold.isMetBy(r.yes(), r.members());
        String summary = "Hội đồng " + r.members() + " thành viên: đồng ý " + r.yes() + ", không đồng ý " + r.no() + " — "
                + (passed ? "đạt " : "không đạt ") + threshold.numerator() + "/" + threshold.denominator() + " (" + r.minutes().strip() + ")";
        return councilDecides(n, NominationWorkflow.COUNCIL_RESULT, passed ? NominationStatus.APPROVED : NominationStatus.REJECTED, summary);
    }

    private NominationView councilDecides(Nomination n, String action, NominationStatus verdict, String summary) {
        NominationStatus from = n.status;
        n.status = NominationStatus.COUNCIL_VOTED;
        n.councilSummary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        nominations.flush();
        audit.transition(ENTITY, n.id, action, from, NominationStatus.COUNCIL_VOTED, summary, null);
        n.status = verdict;
        nominations.flush();
        audit.transition(ENTITY, n.id, verdict == NominationStatus.APPROVED ? "approve" : "reject", NominationStatus.COUNCIL_VOTED,
                verdict, summary, null);
        notifier.notify(n.unitId, n.id, verdict.name(), "Hồ sơ đề nghị " + label(n) + (verdict == NominationStatus.APPROVED
                ? " được Hội đồng thông qua" : " không được Hội đồng thông qua") + ": " + summary);
        return view(n);
    }

    @Transactional
    public NominationView overrideEligibility(UUID id, String reason) {
        Nomination n = findVisible(id);
        if (NominationWorkflow.onAgendaOrLater(n.status)) {
            throw ApiProblem.conflict("Eligibility can be overridden only before the dossier goes on the agenda (state " + n.status + ")");
        }
        n.overrideReason = reason.strip();
        n.overriddenBy = user.username();
        nominations.flush();
        audit.transition(ENTITY, n.id, "override-eligibility", n.status, n.status, n.overrideReason, null);
        return view(n);
    }

    private void requireNoHardFailure(Nomination n, EligibilityReportView report, String what) {
        if (report.overall() != Verdict.FAIL || n.overrideReason != null) {
            return;
        }
        List<Problem.FieldError> failing = report.failing().stream()
                .map(r -> new Problem.FieldError(r.ruleId(), r.explanation())).toList();
        throw new ApiProblem(409, "/problems/ineligible", "Eligibility rules fail",
                "The dossier cannot be " + what + " while rules fail: " + failing.stream().map(Problem.FieldError::field).toList()
                        + "; fix the records or ask the secretariat to override with a reason",
                failing, n.status.name(), NominationWorkflow.allowedActions(n.status, stateLevel(n)));
    }

    private void store(Nomination n, EligibilityReportView report) {
        try {
            n.eligibilityReport = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        n.eligibilityOverall = report.overall();
        n.eligibilityCheckedAt = report.checkedAt();
    }

    NominationView move(Nomination n, String action, NominationStatus to, String reason, Object detail) {
        NominationStatus from = n.status;
        n.status = to;
        nominations.flush();
        audit.transition(ENTITY, n.id, action, from, to, reason, detail);
        return view(n);
    }

    boolean stateLevel(Nomination n) {
        AwardType type = em.find(AwardType.class, n.awardTypeId);
        return type != null && type.level == AwardLevel.STATE;
    }

    String label(Nomination n) {
        AwardType type = em.find(AwardType.class, n.awardTypeId);
        String nominee = n.personId != null ? em.find(Person.class, n.personId).fullName : directory.nameOf(n.nomineeUnitId);
        return type.name + " – " + nominee;
    }

    // --- documents ----------------------------------------------------------------------------------

    public List<NominationDocumentView> documents(UUID id) {
        Nomination n = findVisible(id);
        return em.createQuery("from NominationDocument where nominationId = :n order by addedAt, id", NominationDocument.class)
                .setParameter("n", n.id).getResultList().stream().map(NominationDocumentView::of).toList();
    }

    @Transactional
    public NominationDocumentView upload(UUID id, DocumentKind kind, String title, FileUpload file) {
        Nomination n = editable(id);
        if (kind == null) {
            throw ApiProblem.invalidField("kind", "one of " + List.of(DocumentKind.values()));
        }
        if (file == null || file.uploadedFile() == null) {
            throw ApiProblem.invalidField("file", "attach a file in the multipart part named 'file'");
        }
        if (file.size() > maxDocumentBytes) {
            throw new ApiProblem(413, "/problems/too-large", "Payload too large",
                    "The file is " + file.size() + " bytes; at most " + maxDocumentBytes + " bytes are accepted");
        }
        String type = file.contentType() == null ? "" : file.contentType().split(";")[0].strip().toLowerCase();
        if (!DOCUMENT_TYPES.contains(type)) {
            throw new ApiProblem(415, "/problems/unsupported-media-type", "Unsupported media type",
                    "Files of type '" + type + "' are not accepted; send PDF, Word, Excel, ODT, PNG or JPEG");
        }
        UploadedFiles.requireContentMatches(type, file.uploadedFile());
        NominationDocument doc = new NominationDocument();
        doc.nominationId = n.id;
        doc.kind = kind;
        doc.fileName = UploadedFiles.safeFileName(file.fileName());
        doc.title = title == null || title.isBlank() ? doc.fileName : title.strip();
        doc.contentType = type;
        try {
            doc.content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the uploaded file", e);
        }
        doc.sizeBytes = doc.content.length;
        doc.sha256 = sha256(doc.content);
        doc.addedBy = user.username();
        em.persist(doc);
        em.flush();
        audit.record(ENTITY, n.id, "upload", Map.of("documentId", doc.id.toString(), "kind", kind.name(), "sha256", doc.sha256));
        return NominationDocumentView.of(doc);
    }

    public NominationDocument documentContent(UUID id, UUID documentId) {
        Nomination n = findVisible(id);
        NominationDocument doc = em.find(NominationDocument.class, documentId);
        if (doc == null || !doc.nominationId.equals(n.id)) {
            throw ApiProblem.notFound("Document", documentId);
        }
        return doc;
    }

    @Transactional
    public void removeDocument(UUID id, UUID documentId) {
        Nomination n = editable(id);
        NominationDocument doc = em.find(NominationDocument.class, documentId);
        if (doc == null || !doc.nominationId.equals(n.id)) {
            throw ApiProblem.notFound("Document", documentId);
        }
        em.remove(doc);
        audit.record(ENTITY, n.id, "remove-document", Map.of("documentId", documentId.toString(), "sha256", doc.sha256));
    }

    private Nomination editable(UUID id) {
        Nomination n = ownDossier(id);
        if (n.status != NominationStatus.DRAFT && n.status != NominationStatus.RETURNED) {
            throw ApiProblem.illegalTransition(ENTITY, n.status.name(), NominationWorkflow.EDIT,
                    NominationWorkflow.allowedActions(n.status, stateLevel(n)));
        }
        return n;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- views --------------------------------------------------------------------------------------

    /** Unit and person names of a page of nominations, read with one query each (not one per row). */
    private record Names(Map<UUID, String> units, Map<UUID, String> people) {
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
        return new Names(directory.namesOf(unitIds), people);
    }

    NominationView view(Nomination n) {
        return view(n, namesOf(List.of(n)));
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
                n.version, n.createdAt, n.updatedAt);
    }

    /** The actions this caller may take now. */
    private List<String> allowedFor(Nomination n, boolean stateLevel) {
        Map<String, NominationStatus> next = new LinkedHashMap<>(NominationWorkflow.transitions(n.status, stateLevel));
        boolean own = user.belongsTo(n.unitId);
        next.keySet().removeIf(action -> switch (action) {
            case NominationWorkflow.EDIT -> !own || !user.hasAnyRole(List.of(Roles.UNIT_OFFICER, Roles.UNIT_HEAD));
            case NominationWorkflow.SUBMIT -> !own || !user.hasRole(Roles.UNIT_HEAD);
            default -> !user.hasRole(Roles.SECRETARIAT);
        });
        return List.copyOf(next.keySet());
    }
}
