package vn.gov.moj.thidua.report.statistics;

import vn.gov.moj.thidua.catalog.AwardKind;

/**
 * Phương thức khen thưởng: the rows 15–21 of Biểu 0602.N and 11–17 of 0603.N (Thông tư 02/2023/TT-BNV; the methods
 * of Luật Thi đua, khen thưởng 2022). The value recorded on the award wins; otherwise a danh hiệu thi đua (awarded
 * every year on the annual review) is "thường xuyên" — our interpretation — and any other award stays unclassified.
 */
public enum AwardMethod {
    REGULAR, THEMATIC, AD_HOC, FOREIGN, CONTRIBUTION, SENIORITY, RESISTANCE;

    /** The method recorded, else derived from the award type's kind; null when it cannot be derived. */
    public static AwardMethod of(String recorded, AwardKind kind) {
        if (recorded != null) {
            return valueOf(recorded);
        }
        return kind == AwardKind.TITLE ? REGULAR : null;
    }
}
