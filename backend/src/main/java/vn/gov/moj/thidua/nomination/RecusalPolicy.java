package vn.gov.moj.thidua.nomination;

import java.util.Collection;
import java.util.UUID;

/**
 * Recusal of a council member (conflict of interest, issue 19): a member whose own unit — or a unit merged into it — is
 * the nominee or proposes the dossier, or who is the nominee, stands aside from that item until the council's result.
 * Source: the conflict-of-interest rule of Law 36/2018/QH14 on anti-corruption (Art. 23, control of conflicts of
 * interest) applied by analogy (PRACTICE; the TĐKT texts name no recusal rule). Pure.
 */
public final class RecusalPolicy {

    private RecusalPolicy() {
    }

    /**
     * @param memberUnits    the member's unit and the units merged into it (empty when the token names no unit)
     * @param memberPersonId the member as a person of the organisation, if known
     */
    public static boolean recused(Collection<UUID> memberUnits, UUID memberPersonId, UUID proposingUnitId, UUID nomineeUnitId,
            UUID nomineePersonId) {
        if (memberPersonId != null && memberPersonId.equals(nomineePersonId)) {
            return true;
        }
        return memberUnits.contains(proposingUnitId) || (nomineeUnitId != null && memberUnits.contains(nomineeUnitId));
    }

    /** The item is before the council's result: the states in which a recused member does not read it. */
    public static boolean beforeResult(NominationStatus status) {
        return status == NominationStatus.ON_AGENDA || status == NominationStatus.COUNCIL_VOTED;
    }
}
