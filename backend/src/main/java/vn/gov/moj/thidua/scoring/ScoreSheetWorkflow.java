package vn.gov.moj.thidua.scoring;

import java.util.List;

/**
 * The score sheet's states: the unit self-scores, the head submits, the province certifies where the
 * target group requires it, the cluster verifies and locks; any review state may return it with comments
 * (HD 21/HD-BTP-style cluster procedure, docs/domain.md, "State machines"). Pure.
 */
public final class ScoreSheetWorkflow {

    private ScoreSheetWorkflow() {
    }

    public static List<SheetAction> allowed(ScoreSheetStatus status, boolean requiresCertification) {
        return switch (status) {
            case DRAFT, RETURNED -> List.of(SheetAction.EDIT, SheetAction.SUBMIT);
            case SUBMITTED -> requiresCertification ? List.of(SheetAction.CERTIFY, SheetAction.RETURN)
                    : List.of(SheetAction.REVIEW, SheetAction.VERIFY, SheetAction.RETURN);
            case CERTIFIED -> List.of(SheetAction.REVIEW, SheetAction.VERIFY, SheetAction.RETURN);
            case VERIFIED -> List.of(SheetAction.LOCK, SheetAction.RETURN);
            case LOCKED -> List.of();
        };
    }

    public static boolean allows(ScoreSheetStatus status, boolean requiresCertification, SheetAction action) {
        return allowed(status, requiresCertification).contains(action);
    }

    public static ScoreSheetStatus target(SheetAction action) {
        return switch (action) {
            case SUBMIT -> ScoreSheetStatus.SUBMITTED;
            case CERTIFY -> ScoreSheetStatus.CERTIFIED;
            case VERIFY -> ScoreSheetStatus.VERIFIED;
            case LOCK -> ScoreSheetStatus.LOCKED;
            case RETURN -> ScoreSheetStatus.RETURNED;
            case EDIT, REVIEW -> throw new IllegalArgumentException(action + " does not change the state");
        };
    }
}
