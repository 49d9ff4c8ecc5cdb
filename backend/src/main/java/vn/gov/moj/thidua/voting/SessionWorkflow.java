package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.List;

/** DRAFT → OPEN → CLOSED → TALLIED → PUBLISHED; paper sessions are tallied from the entered totals. */
public final class SessionWorkflow {

    private SessionWorkflow() {
    }

    public static List<SessionAction> allowed(SessionStatus status, BallotMode mode, boolean newRoundPossible) {
        List<SessionAction> actions = new ArrayList<>();
        switch (status) {
            case DRAFT -> {
                actions.add(SessionAction.EDIT);
                actions.add(SessionAction.OPEN);
            }
            case OPEN -> {
                if (mode == BallotMode.ELECTRONIC) {
                    actions.add(SessionAction.CAST);
                }
                actions.add(SessionAction.CLOSE);
            }
            case CLOSED -> actions.add(mode == BallotMode.PAPER ? SessionAction.PAPER_TALLY : SessionAction.TALLY);
            case TALLIED -> {
                actions.add(SessionAction.PUBLISH);
                if (newRoundPossible) {
                    actions.add(SessionAction.NEW_ROUND);
                }
            }
            case PUBLISHED -> {
                if (newRoundPossible) {
                    actions.add(SessionAction.NEW_ROUND);
                }
            }
        }
        return actions;
    }

    public static SessionStatus target(SessionAction action) {
        return switch (action) {
            case OPEN -> SessionStatus.OPEN;
            case CLOSE -> SessionStatus.CLOSED;
            case TALLY, PAPER_TALLY -> SessionStatus.TALLIED;
            case PUBLISH -> SessionStatus.PUBLISHED;
            default -> throw new IllegalArgumentException(action + " changes no state");
        };
    }
}
