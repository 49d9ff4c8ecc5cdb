package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CampaignDocumentRepository implements PanacheRepositoryBase<CampaignDocument, UUID> {

    public List<CampaignDocument> ofCampaign(UUID campaignId) {
        return list("campaignId", Sort.by("addedAt").and("id"), campaignId);
    }
}
