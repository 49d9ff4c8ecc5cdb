package vn.gov.moj.thidua.nomination.eligibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R-BK-TTG-TT — Bằng khen của Thủ tướng for a collective, the record-based point: N consecutive years up to the
 * proposal year completing its tasks excellently (read from the ledger as N consecutive years of Tập thể lao động
 * xuất sắc, the collective title that requires it), and within those years at least F Cờ thi đua of the ministry or
 * C Bằng khen of the Minister. Our reading of Law 06/2022/QH15 Art. 73 cl. 2; the research has not read the clause
 * (UNVERIFIED): N = 5, F = 1 and C = 2 are dated rule parameters the secretariat can correct. Pure.
 */
public final class UnitPrimeMinisterCertificatePolicy {

    public static final String RULE_ID = "R-BK-TTG-TT";

    /** The rule's parameters on the judged date. */
    public record Parameters(int consecutiveYears, int flagsWithin, int certificatesWithin) {

        public static Parameters defaults() {
            return new Parameters(5, 1, 2);
        }
    }

    private UnitPrimeMinisterCertificatePolicy() {
    }

    /**
     * @param awardsByYear the unit's unrevoked ledger awards (award codes) by emulation year
     */
    public static RuleResult evaluate(Map<Integer, Set<String>> awardsByYear, int year, Parameters p) {
        int from = year - p.consecutiveYears() + 1;
        List<Integer> missing = new ArrayList<>();
        for (int y = from; y <= year; y++) {
            if (!holds(awardsByYear, AwardCode.TTLDXS, y)) {
                missing.add(y);
            }
        }
        if (!missing.isEmpty()) {
            return result(Verdict.FAIL, "fail.years", Fact.award(AwardCode.TTLDXS), new Fact.Years(missing), from, year, p.consecutiveYears());
        }
        List<Integer> flags = yearsHolding(awardsByYear, AwardCode.CO_NGANH, from, year);
        List<Integer> certificates = yearsHolding(awardsByYear, AwardCode.BK_BO, from, year);
        if (flags.size() < p.flagsWithin() && certificates.size() < p.certificatesWithin()) {
            return result(Verdict.FAIL, "fail.ministryAwards", from, year, Fact.award(AwardCode.CO_NGANH), flags.size(), p.flagsWithin(),
                    Fact.award(AwardCode.BK_BO), certificates.size(), p.certificatesWithin());
        }
        return result(Verdict.PASS, "pass", Fact.award(AwardCode.TTLDXS), from, year, Fact.award(AwardCode.CO_NGANH), flags.size(),
                Fact.award(AwardCode.BK_BO), certificates.size());
    }

    private static List<Integer> yearsHolding(Map<Integer, Set<String>> awardsByYear, String code, int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            if (holds(awardsByYear, code, y)) {
                years.add(y);
            }
        }
        return years;
    }

    private static boolean holds(Map<Integer, Set<String>> awardsByYear, String code, int year) {
        return awardsByYear.getOrDefault(year, Set.of()).contains(code);
    }

    private static RuleResult result(Verdict verdict, String reason, Object... facts) {
        return new RuleResult(RULE_ID, verdict, reason, Arrays.asList(facts));
    }
}
