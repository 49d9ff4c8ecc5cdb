package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;

/** Who sees a campaign: drafts belong to the launching side; once launched a campaign is public to everyone signed in. */
@ApplicationScoped
public class CampaignAccess {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CurrentUser user;

    boolean seesDrafts() {
        return user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
    }

    /** The campaign, or 404 when it does not exist or is a draft the caller may not see. */
    public Campaign findVisible(UUID id) {
        Campaign campaign = campaigns.findById(id);
        if (campaign == null || (campaign.status == CampaignStatus.DRAFT && !seesDrafts())) {
            throw ApiProblem.notFound("Campaign", id);
        }
        return campaign;
    }
}
