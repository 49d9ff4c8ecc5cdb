package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.HistoryEntryPolicy;
import vn.gov.moj.thidua.org.PastPeriods;

/**
 * Entering a campaign of an ended period as history: drafted with the ordinary checks, then taken through every step of
 * its workflow to CLOSED (a past campaign is over), and marked with who entered it.
 */
@ApplicationScoped
public class PastCampaigns {

    private static final List<CampaignAction> TO_CLOSED = List.of(CampaignAction.LAUNCH, CampaignAction.START,
            CampaignAction.FINAL_REVIEW, CampaignAction.CLOSE);

    @Inject
    PastPeriods past;

    @Inject
    CampaignDrafting drafting;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AuditTrail audit;

    @Transactional
    public CampaignDetail enter(UUID periodId, CampaignRequest request) {
        EmulationPeriod period = past.openToHistory(periodId);
        HistoryEntryPolicy.requireSamePeriod(request.periodId(), period.id, period.label);
        past.requireDayOf(period, "startDate", request.startDate());
        CampaignDetail detail = drafting.create(request);
        for (CampaignAction action : TO_CLOSED) {
            detail = lifecycle.act(detail.id(), action);
        }
        Campaign campaign = campaigns.findById(detail.id());
        campaign.enteredBy = past.enteredBy();
        campaigns.flush();
        audit.record("Campaign", campaign.id, "enter-history", Map.of("periodId", period.id.toString(), "enteredBy", campaign.enteredBy));
        return detail;
    }
}
