package vn.gov.moj.thidua.nomination.eligibility;

/** Codes of the titles and award forms the rules refer to: exactly the catalog's award type codes (V10). */
public final class AwardCode {

    /** Lao động tiên tiến. */
    public static final String LDTT = "LDTT";
    /** Chiến sĩ thi đua cơ sở. */
    public static final String CSTDCS = "CSTDCS";
    /** Chiến sĩ thi đua ngành Tư pháp (Bộ). */
    public static final String CSTD_NGANH = "CSTD_NGANH";
    /** Chiến sĩ thi đua toàn quốc. */
    public static final String CSTDTQ = "CSTDTQ";
    /** Tập thể lao động tiên tiến. */
    public static final String TTLDTT = "TTLDTT";
    /** Tập thể lao động xuất sắc. */
    public static final String TTLDXS = "TTLDXS";
    /** Cờ thi đua ngành Tư pháp. */
    public static final String CO_NGANH = "CO_NGANH";
    /** Cờ thi đua của Chính phủ. */
    public static final String CO_CHINH_PHU = "CO_CP";
    /** Bằng khen của Bộ trưởng Bộ Tư pháp. */
    public static final String BK_BO = "BK_BO";
    /** Bằng khen của Thủ tướng Chính phủ. */
    public static final String BK_TTG = "BK_TTG";

    private AwardCode() {
    }
}
