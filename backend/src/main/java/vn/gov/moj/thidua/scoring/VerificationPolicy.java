package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;

/**
 * A verified score that differs from the self-score needs its reason ("Ghi chú: lý do cụ thể, chênh lệch
 * với điểm chuẩn" column of the Ministry's tables, e.g. QĐ 536/QĐ-BTP 2024; docs/domain.md).
 */
public final class VerificationPolicy {

    private VerificationPolicy() {
    }

    public static boolean needsReason(BigDecimal selfPoints, BigDecimal verifiedPoints) {
        if (selfPoints == null) {
            return verifiedPoints != null;
        }
        return verifiedPoints == null || selfPoints.compareTo(verifiedPoints) != 0;
    }
}
