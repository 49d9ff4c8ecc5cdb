package vn.gov.moj.thidua.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/**
 * The dossier state machine (DOMAIN.md; research §7.5): DRAFT → SUBMITTED → RECEIVED → APPRAISING → RETURNED |
 * ON_AGENDA → [PUBLIC_COMMENT, state-level awards only] → COUNCIL_VOTED → APPROVED | REJECTED → DECIDED → REVOKED.
 * COUNCIL_VOTED → APPROVED/REJECTED, DECIDED and REVOKED are reached through the council result, a decision and a
 * revocation, not through a dossier action.
 */
public final class NominationWorkflow {

    public static final String EDIT = "edit";
    public static final String SUBMIT = "submit";
    public static final String RECEIVE = "receive";
    public static final String APPRAISE = "appraise";
    public static final String RETURN = "return";
    public static final String PUT_ON_AGENDA = "put-on-agenda";
    public static final String OPEN_PUBLIC_COMMENT = "open-public-comment";
    public static final String COUNCIL_VOTE = "council-vote";
    public static final String COUNCIL_RESULT = "council-result";

    private NominationWorkflow() {
    }

    /** The actions allowed from a state; state-level awards pass through public comment before the council. */
    public static Map<String, NominationStatus> transitions(NominationStatus status, boolean stateLevel) {
        Map<String, NominationStatus> next = new LinkedHashMap<>();
        switch (status) {
            case DRAFT, RETURNED -> {
                next.put(EDIT, status);
                next.put(SUBMIT, NominationStatus.SUBMITTED);
            }
            case SUBMITTED -> {
                next.put(RECEIVE, NominationStatus.RECEIVED);
                next.put(RETURN, NominationStatus.RETURNED);
            }
            case RECEIVED -> {
                next.put(APPRAISE, NominationStatus.APPRAISING);
                next.put(RETURN, NominationStatus.RETURNED);
            }
            case APPRAISING -> {
                next.put(APPRAISE, NominationStatus.APPRAISING);
                next.put(RETURN, NominationStatus.RETURNED);
                next.put(PUT_ON_AGENDA, NominationStatus.ON_AGENDA);
            }
            case ON_AGENDA -> {
                if (stateLevel) {
                    next.put(OPEN_PUBLIC_COMMENT, NominationStatus.PUBLIC_COMMENT);
                } else {
                    next.put(COUNCIL_VOTE, NominationStatus.COUNCIL_VOTED);
                    next.put(COUNCIL_RESULT, NominationStatus.COUNCIL_VOTED);
                }
            }
            case PUBLIC_COMMENT -> {
                next.put(COUNCIL_VOTE, NominationStatus.COUNCIL_VOTED);
                next.put(COUNCIL_RESULT, NominationStatus.COUNCIL_VOTED);
            }
            default -> {
                // COUNCIL_VOTED, APPROVED, REJECTED, DECIDED, REVOKED: no dossier action
            }
        }
        return next;
    }

    public static List<String> allowedActions(NominationStatus status, boolean stateLevel) {
        return List.copyOf(transitions(status, stateLevel).keySet());
    }

    /** @throws ApiProblem 409 listing the allowed actions */
    public static NominationStatus next(NominationStatus from, String action, boolean stateLevel) {
        NominationStatus to = transitions(from, stateLevel).get(action);
        if (to == null) {
            throw ApiProblem.illegalTransition("Nomination", from.name(), action, allowedActions(from, stateLevel));
        }
        return to;
    }

    /** The council (Hội đồng TĐKT) reads dossiers from the agenda on. */
    public static boolean onAgendaOrLater(NominationStatus status) {
        return switch (status) {
            case ON_AGENDA, PUBLIC_COMMENT, COUNCIL_VOTED, APPROVED, REJECTED, DECIDED, REVOKED -> true;
            default -> false;
        };
    }
}
