package vn.gov.moj.thidua.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/** Moving a campaign along its {@link CampaignWorkflow}: launching it to its target units, starting, the final review, closing. */
@ApplicationScoped
public class CampaignLifecycle {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public CampaignDetail act(UUID id, CampaignAction action) {
        Campaign campaign = access.findVisible(id);
        CampaignStatus from = campaign.status;
        CampaignStatus to = CampaignWorkflow.next(from, action);
        if (to == CampaignStatus.LAUNCHED) {
            if (campaign.targetUnitIds.isEmpty()) {
                throw ApiProblem.conflict(Text.of("campaign.no-targets"));
            }
            campaign.launchedAt = Instant.now(clock);
        }
        campaign.status = to;
        campaigns.flush();
        audit.transition("Campaign", campaign.id, action.apiName(), from, to, null,
                to == CampaignStatus.LAUNCHED ? Map.of("deliveredTo", campaign.targetUnitIds.size()) : null);
        return views.detail(campaign);
    }
}
