package vn.gov.moj.thidua.campaign;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.audit.AuditTrail;

/**
 * Records a campaign's launch level and organising scope for Biểu 0601.N at any state (a launched or closed campaign
 * listed as unclassified in the statistics can be fixed without reopening it); audited as {@code classify} with the
 * previous values. A null clears the recorded value, so the statistics derive it again.
 */
@ApplicationScoped
public class CampaignClassifying {

    @Schema(name = "CampaignClassificationRequest", description = "Cấp phát động and phạm vi tổ chức; an absent value clears it")
    public record ClassificationRequest(LaunchLevel launchLevel, OrganisingScope organisingScope) {
    }

    @Inject
    CampaignAccess access;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignViews views;

    @Inject
    AuditTrail audit;

    @Transactional
    public CampaignDetail classify(UUID id, ClassificationRequest request) {
        Campaign c = access.findVisible(id);
        Map<String, Object> change = new HashMap<>();
        change.put("launchLevel", name(request.launchLevel()));
        change.put("organisingScope", name(request.organisingScope()));
        change.put("previousLaunchLevel", name(c.launchLevel));
        change.put("previousOrganisingScope", name(c.organisingScope));
        c.launchLevel = request.launchLevel();
        c.organisingScope = request.organisingScope();
        campaigns.flush();
        audit.record("Campaign", c.id, "classify", change);
        return views.detail(c);
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
