package vn.gov.moj.thidua.nomination;

import vn.gov.moj.thidua.nomination.eligibility.AwardCode;
import vn.gov.moj.thidua.nomination.eligibility.UnitPrimeMinisterCertificatePolicy;

/** The due-lists ("đủ điều kiện đề nghị") and the award and rule of each. */
public enum DueListKind {
    /** People with CSTĐCS for the required consecutive years: candidates for Chiến sĩ thi đua ngành (R-CSTD-BO). */
    CSTD_NGANH(AwardCode.CSTD_NGANH, "R-CSTD-BO"),
    /** People with the years needed for a Bằng khen of the Prime Minister (R-BK-TTG(b)). */
    BK_TTG(AwardCode.BK_TTG, "R-BK-TTG(b)"),
    /** Collectives meeting the Tập thể lao động xuất sắc ratios (R-TTLDXS). */
    TTLDXS(AwardCode.TTLDXS, "R-TTLDXS"),
    /** Units with the years of TTLĐXS and the ministry awards for a Bằng khen of the Prime Minister (R-BK-TTG-TT). */
    BK_TTG_UNIT(AwardCode.BK_TTG, UnitPrimeMinisterCertificatePolicy.RULE_ID);

    public final String awardCode;
    public final String ruleId;

    DueListKind(String awardCode, String ruleId) {
        this.awardCode = awardCode;
        this.ruleId = ruleId;
    }
}
