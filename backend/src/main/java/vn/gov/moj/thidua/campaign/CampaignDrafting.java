package vn.gov.moj.thidua.campaign;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.EmulationPeriodRepository;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitRepository;

/** Drafting a campaign: its dates, goals and target units (a cluster, a kind of unit or a list), until it is launched. */
@ApplicationScoped
public class CampaignDrafting {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignViews views;

    @Inject
    ClusterRepository clusters;

    @Inject
    UnitRepository units;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Transactional
    public CampaignDetail create(CampaignRequest request) {
        Campaign campaign = new Campaign();
        apply(campaign, request);
        campaigns.persistAndFlush(campaign);
        audit.record("Campaign", campaign.id, "create", Map.of("title", campaign.title, "targetUnits", campaign.targetUnitIds.size()));
        return views.detail(campaign);
    }

    @Transactional
    public CampaignDetail update(UUID id, String ifMatch, CampaignRequest request) {
        Campaign campaign = access.findVisible(id);
        Versions.requireMatch(ifMatch, campaign.version);
        CampaignWorkflow.requireEditable(campaign.status);
        apply(campaign, request);
        campaigns.flush();
        audit.record("Campaign", campaign.id, "update", Map.of("title", campaign.title, "targetUnits", campaign.targetUnitIds.size()));
        return views.detail(campaign);
    }

    private void apply(Campaign c, CampaignRequest r) {
        if (r.endDate().isBefore(r.startDate())) {
            throw ApiProblem.invalidField("endDate", Text.of("campaign.end-before-start", r.endDate(), r.startDate()));
        }
        if (r.registrationDeadline() != null && (r.registrationDeadline().isBefore(r.startDate()) || r.registrationDeadline().isAfter(r.endDate()))) {
            throw ApiProblem.invalidField("registrationDeadline", Text.of("campaign.deadline-outside", r.startDate(), r.endDate()));
        }
        if (r.interimReportDue() != null && r.finalReportDue() != null && r.finalReportDue().isBefore(r.interimReportDue())) {
            throw ApiProblem.invalidField("finalReportDue", Text.of("campaign.final-before-interim", r.interimReportDue()));
        }
        UUID launching = r.launchingUnitId() != null ? r.launchingUnitId() : user.requireUnit();
        if (units.findById(launching) == null) {
            throw ApiProblem.invalidField("launchingUnitId", Text.of("common.no-such", Text.of("thing.Unit"), launching));
        }
        if (r.periodId() != null && periods.findById(r.periodId()) == null) {
            throw ApiProblem.invalidField("periodId", Text.of("common.no-such", Text.of("thing.Period"), r.periodId()));
        }
        c.title = r.title().strip();
        c.slogan = r.slogan() == null || r.slogan().isBlank() ? null : r.slogan().strip();
        c.type = r.type();
        c.scope = r.scope();
        c.launchLevel = r.launchLevel();
        c.organisingScope = r.organisingScope();
        c.launchingUnitId = launching;
        c.periodId = r.periodId();
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.registrationDeadline = r.registrationDeadline();
        c.interimReportDue = r.interimReportDue();
        c.finalReportDue = r.finalReportDue();
        c.targetSelector = r.targetSelector();
        c.targetClusterId = r.targetSelector() == TargetSelector.CLUSTER ? r.targetClusterId() : null;
        c.targetUnitKind = r.targetSelector() == TargetSelector.KIND && r.targetUnitKind() != null ? r.targetUnitKind().name() : null;
        Set<UUID> targets = resolveTargets(r);
        c.targetUnitIds.clear();
        c.targetUnitIds.addAll(targets);
        c.goals.clear();
        if (r.goals() != null) {
            r.goals().forEach(g -> c.goals.add(g.toGoal()));
        }
    }

    private Set<UUID> resolveTargets(CampaignRequest r) {
        Set<UUID> targets = new LinkedHashSet<>();
        switch (r.targetSelector()) {
            case CLUSTER -> {
                if (r.targetClusterId() == null) {
                    throw ApiProblem.invalidField("targetClusterId", Text.of("campaign.cluster-needed"));
                }
                Cluster cluster = clusters.findById(r.targetClusterId());
                if (cluster == null) {
                    throw ApiProblem.invalidField("targetClusterId", Text.of("common.no-such", Text.of("thing.Cluster"), r.targetClusterId()));
                }
                cluster.members.forEach(m -> targets.add(m.unitId));
            }
            case KIND -> {
                if (r.targetUnitKind() == null) {
                    throw ApiProblem.invalidField("targetUnitKind", Text.of("campaign.kind-needed"));
                }
                units.list("kind = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?3) order by name",
                        r.targetUnitKind(), r.endDate(), r.startDate()).forEach(u -> targets.add(u.id));
            }
            case LIST -> {
                if (r.targetUnitIds() == null || r.targetUnitIds().isEmpty()) {
                    throw ApiProblem.invalidField("targetUnitIds", Text.of("campaign.units-needed"));
                }
                Map<UUID, Unit> found = new HashMap<>();
                units.list("id in ?1", r.targetUnitIds()).forEach(u -> found.put(u.id, u));
                for (UUID id : r.targetUnitIds()) {
                    Unit unit = found.get(id);
                    if (unit == null) {
                        throw ApiProblem.invalidField("targetUnitIds", Text.of("common.no-such", Text.of("thing.Unit"), id));
                    }
                    if (unit.validFrom.isAfter(r.endDate()) || (unit.validTo != null && unit.validTo.isBefore(r.startDate()))) {
                        throw ApiProblem.invalidField("targetUnitIds", Text.of("campaign.unit-not-during", unit.name, r.startDate(), r.endDate()));
                    }
                    targets.add(id);
                }
            }
        }
        return targets;
    }
}
