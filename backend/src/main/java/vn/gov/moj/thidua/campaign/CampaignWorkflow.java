package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.Map;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/**
 * The campaign state machine (Law 2022 Art. 17 on organising movements; TT 01/2024/TT-BNV on launch,
 * interim and final reviews): DRAFT → LAUNCHED → IN_PROGRESS → FINAL_REVIEW → CLOSED, one explicit action each.
 */
public final class CampaignWorkflow {

    private static final Map<CampaignStatus, Map<CampaignAction, CampaignStatus>> NEXT = Map.of(
            CampaignStatus.DRAFT, Map.of(CampaignAction.LAUNCH, CampaignStatus.LAUNCHED),
            CampaignStatus.LAUNCHED, Map.of(CampaignAction.START, CampaignStatus.IN_PROGRESS),
            CampaignStatus.IN_PROGRESS, Map.of(CampaignAction.FINAL_REVIEW, CampaignStatus.FINAL_REVIEW),
            CampaignStatus.FINAL_REVIEW, Map.of(CampaignAction.CLOSE, CampaignStatus.CLOSED),
            CampaignStatus.CLOSED, Map.of());

    private CampaignWorkflow() {
    }

    public static List<CampaignAction> allowed(CampaignStatus status) {
        return List.copyOf(NEXT.get(status).keySet());
    }

    /** The allowed actions by their API names, as a campaign's detail and a 409 problem list them. */
    public static List<String> allowedActions(CampaignStatus status) {
        return allowed(status).stream().map(CampaignAction::apiName).toList();
    }

    /** @throws ApiProblem 409 naming the allowed actions when {@code action} is not allowed in {@code from} */
    public static CampaignStatus next(CampaignStatus from, CampaignAction action) {
        CampaignStatus to = NEXT.get(from).get(action);
        if (to == null) {
            throw ApiProblem.illegalTransition("Campaign", from.name(), action.apiName(), allowedActions(from));
        }
        return to;
    }

    /** @throws ApiProblem 409 naming the allowed actions unless the campaign is a draft, the only state that is edited */
    public static void requireEditable(CampaignStatus status) {
        if (status != CampaignStatus.DRAFT) {
            throw ApiProblem.illegalTransition("Campaign", status.name(), CampaignAction.EDIT.apiName(), allowedActions(status));
        }
    }

    /** Registrations are open once launched and until the final review starts. */
    public static boolean acceptsRegistrations(CampaignStatus status) {
        return status == CampaignStatus.LAUNCHED || status == CampaignStatus.IN_PROGRESS;
    }

    /** Which report stage a campaign collects in its current state, or null. */
    public static ReportStage collectsReports(CampaignStatus status) {
        return switch (status) {
            case IN_PROGRESS -> ReportStage.INTERIM;
            case FINAL_REVIEW -> ReportStage.FINAL;
            default -> null;
        };
    }
}
