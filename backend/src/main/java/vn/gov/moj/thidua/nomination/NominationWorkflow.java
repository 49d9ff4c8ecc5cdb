package vn.gov.moj.thidua.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/**
 * The dossier state machine (DOMAIN.md; research §7.5): DRAFT → SUBMITTED → RECEIVED → APPRAISING → RETURNED |
 * ON_AGENDA → [PUBLIC_COMMENT, state-level awards only] → COUNCIL_VOTED → APPROVED | REJECTED → DECIDED → REVOKED.
 * COUNCIL_VOTED → APPROVED/REJECTED, DECIDED and REVOKED are reached through the council result, a decision and a
 * revocation, not through a dossier action. {@link DossierTransitions} applies it; nothing else changes a state.
 */
public final class NominationWorkflow {

    private NominationWorkflow() {
    }

    /** The dossier actions allowed from a state; state-level awards pass through public comment before the council. */
    public static Map<NominationAction, NominationStatus> transitions(NominationStatus status, boolean stateLevel) {
        Map<NominationAction, NominationStatus> next = new LinkedHashMap<>();
        switch (status) {
            case DRAFT, RETURNED -> {
                next.put(NominationAction.EDIT, status);
                next.put(NominationAction.SUBMIT, NominationStatus.SUBMITTED);
            }
            case SUBMITTED -> {
                next.put(NominationAction.RECEIVE, NominationStatus.RECEIVED);
                next.put(NominationAction.RETURN, NominationStatus.RETURNED);
            }
            case RECEIVED -> {
                next.put(NominationAction.APPRAISE, NominationStatus.APPRAISING);
                next.put(NominationAction.RETURN, NominationStatus.RETURNED);
            }
            case APPRAISING -> {
                next.put(NominationAction.APPRAISE, NominationStatus.APPRAISING);
                next.put(NominationAction.RETURN, NominationStatus.RETURNED);
                next.put(NominationAction.PUT_ON_AGENDA, NominationStatus.ON_AGENDA);
            }
            case ON_AGENDA -> {
                if (stateLevel) {
                    next.put(NominationAction.OPEN_PUBLIC_COMMENT, NominationStatus.PUBLIC_COMMENT);
                } else {
                    next.put(NominationAction.COUNCIL_VOTE, NominationStatus.COUNCIL_VOTED);
                    next.put(NominationAction.COUNCIL_RESULT, NominationStatus.COUNCIL_VOTED);
                }
            }
            case PUBLIC_COMMENT -> {
                next.put(NominationAction.COUNCIL_VOTE, NominationStatus.COUNCIL_VOTED);
                next.put(NominationAction.COUNCIL_RESULT, NominationStatus.COUNCIL_VOTED);
            }
            default -> {
                // COUNCIL_VOTED, APPROVED, REJECTED, DECIDED, REVOKED, WITHDRAWN: no dossier action
            }
        }
        return next;
    }

    /**
     * The ways out of the flow (issue 19): the unit withdraws before the council votes, the secretariat discards a
     * stale draft. Offered in the caller's actions of a dossier view, not in the flow's allowed set.
     */
    public static Map<NominationAction, NominationStatus> exits(NominationStatus status) {
        Map<NominationAction, NominationStatus> out = new LinkedHashMap<>();
        if (beforeCouncilVote(status)) {
            out.put(NominationAction.WITHDRAW, NominationStatus.WITHDRAWN);
        }
        if (status == NominationStatus.DRAFT) {
            out.put(NominationAction.DISCARD, NominationStatus.WITHDRAWN);
        }
        return out;
    }

    /** The steps the system takes on a council outcome, a decision, a revocation, or a dossier entered as history (PastDossiers). */
    static Map<NominationAction, NominationStatus> systemSteps(NominationStatus status) {
        return switch (status) {
            case DRAFT -> Map.of(NominationAction.ENTER_HISTORY, NominationStatus.APPROVED);
            case COUNCIL_VOTED -> Map.of(NominationAction.APPROVE, NominationStatus.APPROVED, NominationAction.REJECT, NominationStatus.REJECTED);
            case APPROVED -> Map.of(NominationAction.DECIDE, NominationStatus.DECIDED);
            case DECIDED -> Map.of(NominationAction.REVOKE, NominationStatus.REVOKED);
            default -> Map.of();
        };
    }

    /** The dossier actions allowed from a state, by their wire names. */
    public static List<String> allowedActions(NominationStatus status, boolean stateLevel) {
        return transitions(status, stateLevel).keySet().stream().map(NominationAction::wire).toList();
    }

    /** @throws ApiProblem 409 listing the allowed dossier actions */
    public static NominationStatus next(NominationStatus from, NominationAction action, boolean stateLevel) {
        NominationStatus to = (action.offered() ? transitions(from, stateLevel) : systemSteps(from)).get(action);
        if (to == null) {
            to = exits(from).get(action);
        }
        if (to == null) {
            throw ApiProblem.illegalTransition("Nomination", from.name(), action.wire(), allowedActions(from, stateLevel));
        }
        return to;
    }

    /** A unit may withdraw its dossier until the council has voted on it (issue 19). */
    public static boolean beforeCouncilVote(NominationStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED, RECEIVED, APPRAISING, RETURNED, ON_AGENDA, PUBLIC_COMMENT -> true;
            default -> false;
        };
    }

    /** The council (Hội đồng TĐKT) reads dossiers from the agenda on. */
    public static boolean onAgendaOrLater(NominationStatus status) {
        return switch (status) {
            case ON_AGENDA, PUBLIC_COMMENT, COUNCIL_VOTED, APPROVED, REJECTED, DECIDED, REVOKED -> true;
            default -> false;
        };
    }
}
