package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.Map;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/**
 * The campaign state machine (Law 2022 Art. 17 on organising movements; TT 01/2024/TT-BNV on launch,
 * interim and final reviews): DRAFT → LAUNCHED → IN_PROGRESS → FINAL_REVIEW → CLOSED, one explicit action each.
 */
public final class CampaignLifecycle {

    public static final String LAUNCH = "launch";
    public static final String START = "start";
    public static final String FINAL_REVIEW = "final-review";
    public static final String CLOSE = "close";

    private static final Map<CampaignStatus, Map<String, CampaignStatus>> NEXT = Map.of(
            CampaignStatus.DRAFT, Map.of(LAUNCH, CampaignStatus.LAUNCHED),
            CampaignStatus.LAUNCHED, Map.of(START, CampaignStatus.IN_PROGRESS),
            CampaignStatus.IN_PROGRESS, Map.of(FINAL_REVIEW, CampaignStatus.FINAL_REVIEW),
            CampaignStatus.FINAL_REVIEW, Map.of(CLOSE, CampaignStatus.CLOSED),
            CampaignStatus.CLOSED, Map.of());

    private CampaignLifecycle() {
    }

    public static List<String> allowedActions(CampaignStatus status) {
        return List.copyOf(NEXT.get(status).keySet());
    }

    /** @throws ApiProblem 409 naming the allowed actions when {@code action} is not allowed in {@code from} */
    public static CampaignStatus next(CampaignStatus from, String action) {
        CampaignStatus to = NEXT.get(from).get(action);
        if (to == null) {
            throw ApiProblem.illegalTransition("Campaign", from.name(), action, allowedActions(from));
        }
        return to;
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
