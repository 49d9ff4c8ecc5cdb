package vn.gov.moj.thidua.nomination;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may print an award's certificate: the secretariat and the administrator (who issue and reprint them) any
 * award; a unit's head or officer the awards of their own unit — the unit's own, or its people's (the person's
 * current unit). Other roles read the ledger but do not print the document handed to the awardee
 * (Nghị định 30/2020/NĐ-CP, công tác văn thư: a document is issued by the body that holds it).
 */
final class CertificateAccess {

    private CertificateAccess() {
    }

    /**
     * @param issuer whether the caller is secretariat or admin
     * @param unitStaff whether the caller is a unit head or unit officer
     * @param callerUnit the caller's unit, if the token names one
     * @param awardUnit the unit the award belongs to (a unit award's unit, a person's current unit)
     */
    static boolean mayPrint(boolean issuer, boolean unitStaff, Optional<UUID> callerUnit, UUID awardUnit) {
        if (issuer) {
            return true;
        }
        return unitStaff && awardUnit != null && callerUnit.map(awardUnit::equals).orElse(false);
    }
}
