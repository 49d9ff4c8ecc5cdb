package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;

/**
 * The rule parameters in force on the nomination's date (dated versions from the catalog). Values marked
 * UNVERIFIED in the research are editable defaults.
 */
public record RuleParameters(
        /** R-CSTDCS-QUOTA: CSTĐCS ≤ this share of LĐTT per awarding unit (historically 0.15). */
        BigDecimal cstdcsQuotaOfLdtt,
        /** R-CSTD-BO: consecutive CSTĐCS years required (3). */
        int cstdNganhConsecutiveCstdcs,
        /** R-CSTDTQ: consecutive CSTĐ ngành titles required (2). */
        int cstdtqConsecutiveCstdNganh,
        /** R-TTLDTT / R-TTLDXS: minimum share of members with LĐTT (0.70). */
        BigDecimal collectiveLdttShare,
        /** R-TTLDXS: share of members completing tasks (1.00). */
        BigDecimal ttldxsCompletingShare,
        /** R-TTLDXS: members with CSTĐCS required (1). */
        int ttldxsMinCstdcs,
        /** R-TTLDXS: whether the "no member disciplined at warning or above" condition applies (UNVERIFIED for Art. 27). */
        boolean ttldxsNoDisciplineRequired,
        /** R-CO-NGANH: flags a cluster may propose. */
        int flagsPerCluster,
        /** R-BK-TTG(b): consecutive years rated HTTNV or better (5) and CSTĐCS titles within them (3). */
        int bkTtgConsecutiveYears,
        int bkTtgCstdcsWithin,
        /**
         * R-STATE-PER-YEAR: whether "at most one State-level award per subject per year" is in force on the nomination's
         * date (TT 08/2017/TT-BNV, superseded; the dated parameter says until when).
         */
        boolean statePerYearApplies) {

    /** Parameters without the dated R-STATE-PER-YEAR switch: it is off. */
    public RuleParameters(BigDecimal cstdcsQuotaOfLdtt, int cstdNganhConsecutiveCstdcs, int cstdtqConsecutiveCstdNganh,
            BigDecimal collectiveLdttShare, BigDecimal ttldxsCompletingShare, int ttldxsMinCstdcs, boolean ttldxsNoDisciplineRequired,
            int flagsPerCluster, int bkTtgConsecutiveYears, int bkTtgCstdcsWithin) {
        this(cstdcsQuotaOfLdtt, cstdNganhConsecutiveCstdcs, cstdtqConsecutiveCstdNganh, collectiveLdttShare, ttldxsCompletingShare,
                ttldxsMinCstdcs, ttldxsNoDisciplineRequired, flagsPerCluster, bkTtgConsecutiveYears, bkTtgCstdcsWithin, false);
    }

    /** The same parameters with the R-STATE-PER-YEAR switch set. */
    public RuleParameters withStatePerYear(boolean applies) {
        return new RuleParameters(cstdcsQuotaOfLdtt, cstdNganhConsecutiveCstdcs, cstdtqConsecutiveCstdNganh, collectiveLdttShare,
                ttldxsCompletingShare, ttldxsMinCstdcs, ttldxsNoDisciplineRequired, flagsPerCluster, bkTtgConsecutiveYears, bkTtgCstdcsWithin,
                applies);
    }

    /** The same parameters with the flag quota of one cluster (its override, else the dated value). */
    public RuleParameters withFlagsPerCluster(int flags) {
        return new RuleParameters(cstdcsQuotaOfLdtt, cstdNganhConsecutiveCstdcs, cstdtqConsecutiveCstdNganh, collectiveLdttShare,
                ttldxsCompletingShare, ttldxsMinCstdcs, ttldxsNoDisciplineRequired, flags, bkTtgConsecutiveYears, bkTtgCstdcsWithin,
                statePerYearApplies);
    }

    /** The defaults seeded from the research (§5, §10); the catalog's dated values replace them. */
    public static RuleParameters defaults() {
        return new RuleParameters(new BigDecimal("0.15"), 3, 2, new BigDecimal("0.70"), BigDecimal.ONE, 1, true, 1, 5, 3);
    }
}
