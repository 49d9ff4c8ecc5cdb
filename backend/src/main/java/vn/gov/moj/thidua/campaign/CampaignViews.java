package vn.gov.moj.thidua.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.EmulationPeriodRepository;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.org.UnitKind;

/** Reading campaigns: the list (drafts for the launching side only), a unit's inbox, a campaign in full and its history. */
@ApplicationScoped
public class CampaignViews {

    static final Map<String, String> SORTABLE = Map.of("title", "title", "startDate", "startDate", "endDate", "endDate",
            "status", "status", "createdAt", "createdAt");

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignDocumentRepository documents;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public Page<CampaignView> list(String q, CampaignStatus status, CampaignType type, CampaignScope scope, UUID periodId,
            UUID targetUnitId, PageParams paging) {
        ListQuery query = new ListQuery()
                .search("searchText", q)
                .where("status = :status", "status", status)
                .where("type = :type", "type", type)
                .where("scope = :scope", "scope", scope)
                .where("periodId = :periodId", "periodId", periodId)
                .where("id in (select c2.id from Campaign c2 join c2.targetUnitIds t where t = :targetUnitId)", "targetUnitId", targetUnitId);
        if (!access.seesDrafts()) {
            query.where("status <> :draft", "draft", CampaignStatus.DRAFT);
        }
        Page<Campaign> page = query.page(campaigns, paging, SORTABLE, "-startDate");
        Map<UUID, String> names = directory.namesOf(page.items().stream().map(c -> c.launchingUnitId).toList());
        return page.map(c -> view(c, names));
    }

    /** The caller's unit's inbox: every launched campaign it is a target of. */
    public Page<CampaignView> inbox(CampaignStatus status, PageParams paging) {
        UUID unit = user.requireUnit();
        Page<Campaign> page = new ListQuery()
                .where("id in (select c2.id from Campaign c2 join c2.targetUnitIds t where t = :targetUnitId)", "targetUnitId", unit)
                .where("status <> :draft", "draft", CampaignStatus.DRAFT)
                .where("status = :status", "status", status)
                .page(campaigns, paging, SORTABLE, "-startDate");
        Map<UUID, String> names = directory.namesOf(page.items().stream().map(c -> c.launchingUnitId).toList());
        return page.map(c -> view(c, names));
    }

    public CampaignDetail get(UUID id) {
        return detail(access.findVisible(id));
    }

    public List<HistoryEntry> history(UUID id) {
        Campaign campaign = access.findVisible(id);
        return audit.historyOf("Campaign", campaign.id).stream().map(HistoryEntry::of).toList();
    }

    private static CampaignView view(Campaign c, Map<UUID, String> names) {
        return new CampaignView(c.id, c.title, c.slogan, c.type, c.scope, c.launchingUnitId, names.get(c.launchingUnitId),
                c.periodId, c.startDate, c.endDate, c.registrationDeadline, c.status, c.targetUnitIds.size(), c.version);
    }

    /** The campaign in full, with its target units, targets, documents and allowed actions. */
    CampaignDetail detail(Campaign c) {
        List<UUID> ids = new ArrayList<>(c.targetUnitIds);
        ids.add(c.launchingUnitId);
        Map<UUID, String> names = directory.namesOf(ids);
        List<UnitRef> targets = c.targetUnitIds.stream().map(u -> new UnitRef(u, names.get(u)))
                .sorted(Comparator.comparing(u -> u.unitName() == null ? "" : u.unitName())).toList();
        String periodLabel = null;
        if (c.periodId != null) {
            EmulationPeriod period = periods.findById(c.periodId);
            periodLabel = period == null ? null : period.label;
        }
        return new CampaignDetail(c.id, c.title, c.slogan, c.type, c.scope, c.launchLevel, c.organisingScope, c.launchingUnitId, names.get(c.launchingUnitId),
                c.periodId, periodLabel, c.startDate, c.endDate, c.registrationDeadline, c.interimReportDue, c.finalReportDue,
                c.targetSelector, c.targetClusterId, c.targetUnitKind == null ? null : UnitKind.valueOf(c.targetUnitKind),
                targets, c.goals.stream().map(GoalDto::of).toList(),
                documents.ofCampaign(c.id).stream().map(DocumentView::of).toList(),
                c.status, c.launchedAt, CampaignWorkflow.allowedActions(c.status), c.version, c.enteredBy, c.enteredBy == null ? null : c.createdAt);
    }
}
