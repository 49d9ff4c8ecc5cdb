package vn.gov.moj.thidua.voting;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A council member standing aside from one item of a council review: not in the item's electorate, not counted in
 * its quorum or base, no mark on it (Law 36/2018/QH14 Art. 23, conflict of interest, by analogy — PRACTICE).
 */
@Schema(name = "VotingRecusal", requiredProperties = {"candidateRef", "voterKey", "voterLabel", "reason"})
public record Recusal(UUID candidateRef, String voterKey, String voterLabel,
        @Schema(description = "OWN_UNIT: the member's unit or a unit merged into it proposes or is the nominee; NOMINEE: the member is the nominee; DECLARED: the member declared a conflict") Reason reason,
        @Schema(description = "The member's words, for a declared conflict") String note) {

    /** Why the member stands aside. */
    public enum Reason {
        OWN_UNIT, NOMINEE, DECLARED
    }
}
