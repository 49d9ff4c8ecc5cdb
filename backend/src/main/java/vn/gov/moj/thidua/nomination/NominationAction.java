package vn.gov.moj.thidua.nomination;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * What moves a dossier (see {@link NominationWorkflow}). The wire value is the path segment of the dossier action
 * and the action name in the dossier's history; the steps the system takes (approve, reject, decide, revoke) are
 * never offered as a dossier action.
 */
public enum NominationAction {
    EDIT("edit", true),
    SUBMIT("submit", true),
    RECEIVE("receive", true),
    APPRAISE("appraise", true),
    RETURN("return", true),
    PUT_ON_AGENDA("put-on-agenda", true),
    OPEN_PUBLIC_COMMENT("open-public-comment", true),
    COUNCIL_VOTE("council-vote", true),
    COUNCIL_RESULT("council-result", true),
    /** The unit head withdraws the dossier (with a reason) before the council votes → WITHDRAWN. */
    WITHDRAW("withdraw", true),
    /** The secretariat discards a draft left for a period that has ended → WITHDRAWN. */
    DISCARD("discard", true),
    /** The council's outcome applied: COUNCIL_VOTED → APPROVED. */
    APPROVE("approve", false),
    /** The council's outcome applied: COUNCIL_VOTED → REJECTED. */
    REJECT("reject", false),
    /** A decision names the dossier: APPROVED → DECIDED. */
    DECIDE("decide", false),
    /** The award given on the dossier is revoked: DECIDED → REVOKED. */
    REVOKE("revoke", false),
    /** A dossier of an ended period entered as history by the secretariat, as approved then: DRAFT → APPROVED. */
    ENTER_HISTORY("enter-history", false);

    private final String wire;
    private final boolean offered;

    NominationAction(String wire, boolean offered) {
        this.wire = wire;
        this.offered = offered;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Whether a caller takes this action on the dossier (listed in allowedActions), rather than the system. */
    public boolean offered() {
        return offered;
    }

    /** @throws ApiProblem 400 naming the known actions */
    @JsonCreator
    public static NominationAction fromWire(String value) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalidField("action", Text.of("field.unknown-value", value,
                        String.join(", ", Arrays.stream(values()).map(NominationAction::wire).toList()))));
    }
}
