package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Problem.FieldError;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.ClusterRole;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.org.UnitRepository;

@ApplicationScoped
public class ScoreSheetService {

    static final String ENTITY = "ScoreSheet";
    static final Map<String, String> SORTABLE = Map.of("status", "status", "updatedAt", "updatedAt");

    @Inject
    ScoreSheetRepository sheets;

    @Inject
    ScoringTemplateRepository templates;

    @Inject
    ClusterRepository clusters;

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public Page<ScoreSheetView> list(UUID clusterId, UUID unitId, ScoreSheetStatus status, PageParams paging) {
        ListQuery query = new ListQuery()
                .where("clusterId = :clusterId", "clusterId", clusterId)
                .where("unitId = :unitId", "unitId", unitId)
                .where("status = :status", "status", status);
        if (user.readsAllUnits() && !seesDrafts()) {
            // Viewers, council members and integrations: every unit's sheets once submitted, drafts of their own unit.
            UUID own = user.unitId().orElse(new UUID(0, 0));
            query.where("(status <> 'DRAFT' or unitId = :own)", "own", own);
        } else if (!user.readsAllUnits()) {
            // Own sheets, and the submitted sheets of the clusters the caller's unit belongs to.
            UUID own = user.unitId().orElse(new UUID(0, 0));
            query.where("(unitId = :own or (status <> 'DRAFT' and clusterId in "
                    + "(select c.id from Cluster c join c.members m where m.unitId = :own)))", "own", own);
        }
        Page<ScoreSheet> page = query.page(sheets, paging, SORTABLE, "-updatedAt");
        Map<UUID, String> names = directory.namesOf(page.items().stream().map(s -> s.unitId).toList());
        return page.map(s -> new ScoreSheetView(s.id, s.clusterId, s.unitId, names.get(s.unitId), s.templateId, s.status,
                selfTotal(s), verifiedTotal(s), s.version));
    }

    public ScoreSheetDetail get(UUID id) {
        ScoreSheet sheet = findVisible(id);
        return detail(sheet);
    }

    public List<HistoryEntry> history(UUID id) {
        findVisible(id);
        return audit.historyOf(ENTITY, id).stream().map(HistoryEntry::of).toList();
    }

    @Transactional
    public ScoreSheetDetail open(ScoreSheetRequest request) {
        boolean secretariat = user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
        UUID unitId = request.unitId() != null ? request.unitId() : user.requireUnit();
        if (!secretariat && !user.belongsTo(unitId)) {
            throw ApiProblem.forbidden("You open score sheets for your own unit only");
        }
        Cluster cluster = clusters.findById(request.clusterId());
        if (cluster == null) {
            throw ApiProblem.invalidField("clusterId", "cluster " + request.clusterId() + " does not exist");
        }
        if (!cluster.hasMember(unitId)) {
            throw ApiProblem.invalidField("unitId", "unit " + unitId + " is not a member of " + cluster.name);
        }
        if (sheets.count("clusterId = ?1 and unitId = ?2", cluster.id, unitId) > 0) {
            throw ApiProblem.conflict("The unit already has a score sheet in this cluster");
        }
        Unit unit = units.findById(unitId);
        TargetGroup group = TargetGroup.of(unit.kind);
        ScoringTemplate template = templates.published(cluster.periodId, group).orElseThrow(() -> ApiProblem.conflict(
                "No scoring template is published for " + group + " in this period yet"));
        ScoreSheet sheet = new ScoreSheet();
        sheet.templateId = template.id;
        sheet.clusterId = cluster.id;
        sheet.unitId = unitId;
        sheet.status = ScoreSheetStatus.DRAFT;
        for (ScoringTemplate.Located located : template.allCriteria()) {
            ScoreEntry entry = new ScoreEntry();
            entry.criterionCode = located.criterion().code();
            entry.sectionCode = located.section().code();
            entry.method = located.criterion().method();
            sheet.entries.add(entry);
        }
        sheets.persistAndFlush(sheet);
        audit.transition(ENTITY, sheet.id, "open", null, ScoreSheetStatus.DRAFT, null, Map.of("templateId", template.id));
        return detail(sheet, template, cluster);
    }

    @Transactional
    public ScoreSheetDetail selfScore(UUID id, String ifMatch, SelfScoreRequest request) {
        ScoreSheet sheet = findVisible(id);
        Versions.requireMatch(ifMatch, sheet.version);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        require(sheet, template, cluster, SheetAction.EDIT);
        List<FieldError> faults = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            SelfScoreRequest.Entry input = request.entries().get(i);
            String path = "entries[" + i + "]";
            var located = template.criterion(input.criterionCode());
            if (located.isEmpty()) {
                faults.add(new FieldError(path + ".criterionCode", "no criterion " + input.criterionCode() + " in the template"));
                continue;
            }
            TemplateCriterion criterion = located.get().criterion();
            BigDecimal points = null;
            if (input.input() != null) {
                String fault = ScoringMethod.of(criterion.method()).inputFault(criterion, input.input());
                if (fault != null) {
                    faults.add(new FieldError(path + ".input", fault));
                    continue;
                }
                points = ScoringMethod.of(criterion.method()).points(criterion, input.input());
            }
            if (input.evidence() != null) {
                for (int e = 0; e < input.evidence().size(); e++) {
                    Evidence evidence = input.evidence().get(e);
                    if (evidence.url() == null || !evidence.url().matches("(?i)https?://\\S+") || evidence.label() == null || evidence.label().isBlank()) {
                        faults.add(new FieldError(path + ".evidence[" + e + "]", "needs a label and an http(s) address"));
                    }
                }
            }
            ScoreEntry entry = entryFor(sheet, located.get());
            entry.selfInput = input.input();
            entry.selfPoints = points;
            if (input.note() != null) {
                entry.note = input.note().isBlank() ? null : input.note().strip();
            }
            if (input.evidence() != null) {
                entry.evidence = new ArrayList<>(input.evidence());
            }
            changed.add(criterion.code());
        }
        requireNoFaults(faults);
        sheets.flush();
        audit.record(ENTITY, sheet.id, "self-score", Map.of("criteria", changed));
        return detail(sheet, template, cluster);
    }

    @Transactional
    public ScoreSheetDetail review(UUID id, String ifMatch, VerificationRequest request) {
        ScoreSheet sheet = findVisible(id);
        Versions.requireMatch(ifMatch, sheet.version);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        require(sheet, template, cluster, SheetAction.REVIEW);
        List<FieldError> faults = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < request.entries().size(); i++) {
            VerificationRequest.Entry input = request.entries().get(i);
            String path = "entries[" + i + "]";
            var located = template.criterion(input.criterionCode());
            if (located.isEmpty()) {
                faults.add(new FieldError(path + ".criterionCode", "no criterion " + input.criterionCode() + " in the template"));
                continue;
            }
            TemplateCriterion criterion = located.get().criterion();
            ScoreEntry entry = entryFor(sheet, located.get());
            if (input.input() == null) {
                entry.verifiedInput = null;
                entry.verifiedPoints = null;
                entry.diffReason = null;
                continue;
            }
            ScoringMethod method = ScoringMethod.of(criterion.method());
            String fault = method.inputFault(criterion, input.input());
            if (fault != null) {
                faults.add(new FieldError(path + ".input", fault));
                continue;
            }
            BigDecimal verified = method.points(criterion, input.input());
            String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
            if (VerificationPolicy.needsReason(entry.selfPoints, verified) && reason == null) {
                faults.add(new FieldError(path + ".reason", "the verified points (" + verified.toPlainString()
                        + ") differ from the self-score (" + (entry.selfPoints == null ? "none" : entry.selfPoints.toPlainString())
                        + "): give the reason"));
                continue;
            }
            entry.verifiedInput = input.input();
            entry.verifiedPoints = verified;
            entry.diffReason = reason;
            reasons.put(criterion.code(), reason == null ? "" : reason);
        }
        requireNoFaults(faults);
        sheets.flush();
        audit.record(ENTITY, sheet.id, "review", Map.of("criteria", reasons));
        return detail(sheet, template, cluster);
    }

    @Transactional
    public ScoreSheetDetail act(UUID id, SheetAction action, String comment) {
        ScoreSheet sheet = findVisible(id);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        require(sheet, template, cluster, action);
        ScoreSheetStatus from = sheet.status;
        switch (action) {
            case SUBMIT -> {
                List<FieldError> missing = new ArrayList<>();
                for (ScoringTemplate.Located located : template.allCriteria()) {
                    ScoreEntry entry = entryFor(sheet, located);
                    if (entry.selfInput == null) {
                        if (ScoringMethod.of(located.criterion().method()).countsTowardsSection()) {
                            missing.add(new FieldError("entries." + located.criterion().code(), "not scored yet"));
                        } else {
                            entry.selfInput = BigDecimal.ZERO; // no events reported: no deduction, no bonus
                            entry.selfPoints = ScoringMethod.rounded(BigDecimal.ZERO);
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    throw new ApiProblem(400, "/problems/validation", "Invalid request",
                            missing.size() + " criteria are not scored yet; see errors", missing, null, null);
                }
                sheet.returnComment = null;
            }
            case CERTIFY -> sheet.certificationNote = comment;
            case VERIFY -> sheet.entries.stream().filter(e -> e.verifiedPoints == null).forEach(e -> {
                e.verifiedInput = e.selfInput;
                e.verifiedPoints = e.selfPoints;
            });
            case RETURN -> sheet.returnComment = comment;
            default -> {
            }
        }
        sheet.status = ScoreSheetWorkflow.target(action);
        sheets.flush();
        audit.transition(ENTITY, sheet.id, action.apiName(), from, sheet.status, comment, null);
        return detail(sheet, template, cluster);
    }

    /** 404 when the caller may not see the sheet: other units never see a draft. */
    ScoreSheet findVisible(UUID id) {
        ScoreSheet sheet = sheets.findById(id);
        if (sheet == null || !canSee(sheet)) {
            throw ApiProblem.notFound(ENTITY, id);
        }
        return sheet;
    }

    private boolean canSee(ScoreSheet sheet) {
        if (user.belongsTo(sheet.unitId) || seesDrafts()) {
            return true;
        }
        // A draft is the unit's work in progress (OWASP API1): read-only roles see sheets once submitted.
        if (sheet.status == ScoreSheetStatus.DRAFT) {
            return false;
        }
        if (user.readsAllUnits()) {
            return true;
        }
        Cluster cluster = clusters.findById(sheet.clusterId);
        return user.unitId().map(cluster::hasMember).orElse(false);
    }

    /** The secretariat side (secretariat, admin) follows drafts; other sector-wide readers see submitted sheets. */
    private boolean seesDrafts() {
        return user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
    }

    /** 403 when the caller's role or unit does not fit the action, 409 when the sheet's state does not allow it. */
    private void require(ScoreSheet sheet, ScoringTemplate template, Cluster cluster, SheetAction action) {
        if (!permitted(sheet, cluster, action)) {
            throw ApiProblem.forbidden(switch (action) {
                case EDIT -> "Only the unit's own officers and head score its sheet";
                case SUBMIT -> "Only the head of the unit submits its sheet";
                case CERTIFY -> "Certification is recorded by the emulation secretariat";
                default -> "Only the cluster lead of another unit in this cluster (its head or deputy) reviews this sheet";
            });
        }
        if (!ScoreSheetWorkflow.allows(sheet.status, template.requiresCertification, action)) {
            throw ApiProblem.illegalTransition(ENTITY, sheet.status.name(), action.apiName(),
                    ScoreSheetWorkflow.allowed(sheet.status, template.requiresCertification).stream().map(SheetAction::apiName).toList());
        }
    }

    private boolean permitted(ScoreSheet sheet, Cluster cluster, SheetAction action) {
        boolean ownUnit = user.belongsTo(sheet.unitId);
        boolean secretariat = user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
        return switch (action) {
            case EDIT -> ownUnit && user.hasAnyRole(List.of(Roles.UNIT_OFFICER, Roles.UNIT_HEAD));
            case SUBMIT -> ownUnit && user.hasRole(Roles.UNIT_HEAD);
            case CERTIFY -> secretariat;
            case REVIEW, VERIFY -> leadsClusterFor(sheet, cluster);
            case LOCK, RETURN -> leadsClusterFor(sheet, cluster) || secretariat;
        };
    }

    /** The cluster lead acts for a cluster its unit heads or deputises, and never on its own unit's sheet. */
    private boolean leadsClusterFor(ScoreSheet sheet, Cluster cluster) {
        if (!user.hasRole(Roles.CLUSTER_LEAD) || user.belongsTo(sheet.unitId)) {
            return false;
        }
        UUID own = user.unitId().orElse(null);
        return own != null && cluster.members.stream().anyMatch(m -> m.unitId.equals(own)
                && (m.role == ClusterRole.HEAD || m.role == ClusterRole.DEPUTY));
    }

    private List<String> allowedForCaller(ScoreSheet sheet, ScoringTemplate template, Cluster cluster) {
        return ScoreSheetWorkflow.allowed(sheet.status, template.requiresCertification).stream()
                .filter(a -> permitted(sheet, cluster, a)).map(SheetAction::apiName).toList();
    }

    private static ScoreEntry entryFor(ScoreSheet sheet, ScoringTemplate.Located located) {
        return sheet.entry(located.criterion().code()).orElseGet(() -> {
            ScoreEntry entry = new ScoreEntry();
            entry.criterionCode = located.criterion().code();
            entry.sectionCode = located.section().code();
            entry.method = located.criterion().method();
            sheet.entries.add(entry);
            return entry;
        });
    }

    private static void requireNoFaults(List<FieldError> faults) {
        if (!faults.isEmpty()) {
            throw new ApiProblem(400, "/problems/validation", "Invalid request",
                    faults.size() + " fault(s); see errors", faults, null, null);
        }
    }

    private static BigDecimal selfTotal(ScoreSheet sheet) {
        return sheet.entries.stream().map(e -> e.selfPoints).filter(Objects::nonNull).reduce(ScoringMethod.rounded(BigDecimal.ZERO), BigDecimal::add);
    }

    private static BigDecimal verifiedTotal(ScoreSheet sheet) {
        if (sheet.entries.stream().noneMatch(e -> e.verifiedPoints != null)) {
            return null;
        }
        return sheet.entries.stream().map(e -> e.verifiedPoints != null ? e.verifiedPoints : e.selfPoints).filter(Objects::nonNull)
                .reduce(ScoringMethod.rounded(BigDecimal.ZERO), BigDecimal::add);
    }

    private ScoreSheetDetail detail(ScoreSheet sheet) {
        return detail(sheet, templates.findById(sheet.templateId), clusters.findById(sheet.clusterId));
    }

    private ScoreSheetDetail detail(ScoreSheet sheet, ScoringTemplate template, Cluster cluster) {
        List<ScoreSheetDetail.Section> sections = new ArrayList<>();
        boolean anyVerified = sheet.entries.stream().anyMatch(e -> e.verifiedPoints != null);
        for (TemplateSection section : template.sections) {
            List<ScoreSheetDetail.Criterion> criteria = new ArrayList<>();
            BigDecimal self = ScoringMethod.rounded(BigDecimal.ZERO);
            int scored = 0;
            for (TemplateCriterion c : section.criteria()) {
                ScoreEntry e = sheet.entry(c.code()).orElse(new ScoreEntry());
                if (e.selfPoints != null) {
                    self = self.add(e.selfPoints);
                }
                if (e.selfInput != null) {
                    scored++;
                }
                criteria.add(new ScoreSheetDetail.Criterion(c.code(), c.text(), c.maxPoints(), c.method(), c.bands(), c.perEvent(),
                        c.guidance(), e.selfInput, e.selfPoints, e.note, e.evidence == null ? List.of() : e.evidence,
                        e.verifiedInput, e.verifiedPoints, e.diffReason));
            }
            BigDecimal verified = anyVerified ? sectionEffective(sheet, section) : null;
            sections.add(new ScoreSheetDetail.Section(section.code(), section.title(), section.maxPoints(), self, verified, scored, criteria));
        }
        Map<UUID, String> names = directory.namesOf(List.of(sheet.unitId));
        return new ScoreSheetDetail(sheet.id, template.id, template.name, cluster.id, cluster.name, sheet.unitId, names.get(sheet.unitId),
                sheet.status, template.requiresCertification, sheet.returnComment, sheet.certificationNote, template.totalPoints,
                selfTotal(sheet), verifiedTotal(sheet), sections, allowedForCaller(sheet, template, cluster), sheet.version);
    }

    private static BigDecimal sectionEffective(ScoreSheet sheet, TemplateSection section) {
        return section.criteria().stream().map(c -> sheet.entry(c.code()).orElse(null)).filter(Objects::nonNull)
                .map(e -> e.verifiedPoints != null ? e.verifiedPoints : e.selfPoints).filter(Objects::nonNull)
                .reduce(ScoringMethod.rounded(BigDecimal.ZERO), BigDecimal::add);
    }
}
