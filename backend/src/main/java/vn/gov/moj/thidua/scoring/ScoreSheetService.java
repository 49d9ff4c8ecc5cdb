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
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.ClusterRole;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.org.UnitRepository;

/** Opening a unit's score sheet, reading sheets, and moving a sheet through its workflow (submit … lock, return). */
@ApplicationScoped
public class ScoreSheetService {

    static final String ENTITY = ScoreSheetAccess.ENTITY;
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
    ScoreSheetAccess access;

    @Inject
    ScoreSheetViews views;

    @Inject
    AuditTrail audit;

    public Page<ScoreSheetView> list(UUID clusterId, UUID unitId, ScoreSheetStatus status, PageParams paging) {
        ListQuery query = access.restrictToVisible(new ListQuery()
                .where("clusterId = :clusterId", "clusterId", clusterId)
                .where("unitId = :unitId", "unitId", unitId)
                .where("status = :status", "status", status));
        Page<ScoreSheet> page = query.page(sheets, paging, SORTABLE, "-updatedAt");
        Map<UUID, String> names = directory.namesOf(page.items().stream().map(s -> s.unitId).toList());
        return page.map(s -> views.view(s, names.get(s.unitId)));
    }

    public ScoreSheetDetail get(UUID id) {
        return views.detail(access.findVisible(id));
    }

    public List<HistoryEntry> history(UUID id) {
        access.findVisible(id);
        return audit.historyOf(ENTITY, id).stream().map(HistoryEntry::of).toList();
    }

    @Transactional
    public ScoreSheetDetail open(ScoreSheetRequest request) {
        boolean secretariat = user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
        UUID unitId = request.unitId() != null ? request.unitId() : user.requireUnit();
        if (!secretariat && !user.belongsTo(unitId)) {
            throw ApiProblem.forbidden(Text.of("scoring.open-own-unit-only"));
        }
        Cluster cluster = clusters.findById(request.clusterId());
        if (cluster == null) {
            throw ApiProblem.invalidField("clusterId", Text.of("scoring.no-such-cluster", request.clusterId()));
        }
        if (!cluster.hasMember(unitId)) {
            throw ApiProblem.invalidField("unitId", Text.of("scoring.not-a-member", cluster.name));
        }
        if (sheets.count("clusterId = ?1 and unitId = ?2", cluster.id, unitId) > 0) {
            throw ApiProblem.conflict(Text.of("scoring.sheet-exists", cluster.name));
        }
        Unit unit = units.findById(unitId);
        TargetGroup group = TargetGroup.of(unit.kind);
        ScoringTemplate template = templates.published(cluster.periodId, group).orElseThrow(() -> ApiProblem.conflict(
                Text.of("scoring.no-published-template", group)));
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
        return views.detail(sheet, template, cluster);
    }

    @Transactional
    public ScoreSheetDetail act(UUID id, SheetAction action, String comment) {
        ScoreSheet sheet = access.findForChange(id);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        access.require(sheet, template, cluster, action);
        ScoreSheetStatus from = sheet.status;
        switch (action) {
            case SUBMIT -> {
                List<FieldText> missing = new ArrayList<>();
                for (ScoringTemplate.Located located : template.allCriteria()) {
                    ScoreEntry entry = ScoreEntries.entryFor(sheet, located);
                    if (entry.selfInput == null) {
                        if (ScoringMethod.of(located.criterion().method()).countsTowardsSection()) {
                            missing.add(new FieldText("entries." + located.criterion().code(),
                                    Text.of("scoring.not-scored", located.criterion().code())));
                        } else {
                            entry.selfInput = BigDecimal.ZERO; // no events reported: no deduction, no bonus
                            entry.selfPoints = ScoringMethod.rounded(BigDecimal.ZERO);
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    throw ApiProblem.invalidFields(missing);
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
        return views.detail(sheet, template, cluster);
    }
}
