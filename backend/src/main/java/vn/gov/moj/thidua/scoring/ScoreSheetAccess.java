package vn.gov.moj.thidua.scoring;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.ClusterRole;

/**
 * Who may see a score sheet and who may act on it — one place for the single read, the list query and every action.
 * A draft is the unit's work in progress: other units never see it (OWASP API1).
 */
@ApplicationScoped
public class ScoreSheetAccess {

    static final String ENTITY = "ScoreSheet";

    @Inject
    ScoreSheetRepository sheets;

    @Inject
    ClusterRepository clusters;

    @Inject
    CurrentUser user;

    /** The list's share of the visibility rule (the same rule as {@link #canSee}), as a query condition. */
    ListQuery restrictToVisible(ListQuery query) {
        UUID own = user.unitId().orElse(new UUID(0, 0));
        if (user.readsAllUnits() && !seesDrafts()) {
            // Viewers, council members and integrations: every unit's sheets once submitted, drafts of their own unit.
            return query.where("(status <> 'DRAFT' or unitId = :own)", "own", own);
        }
        if (!user.readsAllUnits()) {
            // Own sheets, and the submitted sheets of the clusters the caller's unit belongs to.
            return query.where("(unitId = :own or (status <> 'DRAFT' and clusterId in "
                    + "(select c.id from Cluster c join c.members m where m.unitId = :own)))", "own", own);
        }
        return query;
    }

    /** 404 when the caller may not see the sheet. */
    ScoreSheet findVisible(UUID id) {
        return visible(sheets.findById(id), id);
    }

    /**
     * The sheet to change, row-locked until the transaction ends: simultaneous edits of one sheet queue here, so the
     * second reads the first one's version and its stale If-Match answers 412 (the entries are an element collection,
     * whose version check alone let two edits with one If-Match both pass under heavy load).
     */
    ScoreSheet findForChange(UUID id) {
        return visible(sheets.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private ScoreSheet visible(ScoreSheet sheet, UUID id) {
        if (sheet == null || !canSee(sheet)) {
            throw ApiProblem.notFound(ENTITY, id);
        }
        return sheet;
    }

    private boolean canSee(ScoreSheet sheet) {
        if (user.belongsTo(sheet.unitId) || seesDrafts()) {
            return true;
        }
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
    void require(ScoreSheet sheet, ScoringTemplate template, Cluster cluster, SheetAction action) {
        if (!permitted(sheet, cluster, action)) {
            throw ApiProblem.forbidden(Text.of(switch (action) {
                case EDIT -> "scoring.edit-own-unit-only";
                case SUBMIT -> "scoring.submit-head-only";
                case CERTIFY -> "scoring.certify-secretariat-only";
                default -> "scoring.review-cluster-lead-only";
            }));
        }
        if (!ScoreSheetWorkflow.allows(sheet.status, template.requiresCertification, action)) {
            throw ApiProblem.illegalTransition(ENTITY, sheet.status.name(), action.apiName(),
                    ScoreSheetWorkflow.allowed(sheet.status, template.requiresCertification).stream().map(SheetAction::apiName).toList());
        }
    }

    /** The actions the sheet's state allows and the caller may take. */
    List<String> allowedForCaller(ScoreSheet sheet, ScoringTemplate template, Cluster cluster) {
        return ScoreSheetWorkflow.allowed(sheet.status, template.requiresCertification).stream()
                .filter(a -> permitted(sheet, cluster, a)).map(SheetAction::apiName).toList();
    }

    private boolean permitted(ScoreSheet sheet, Cluster cluster, SheetAction action) {
        boolean ownUnit = user.belongsTo(sheet.unitId);
        boolean secretariat = seesDrafts();
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
}
