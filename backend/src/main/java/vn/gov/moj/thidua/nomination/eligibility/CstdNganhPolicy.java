package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-CSTD-BO — Chiến sĩ thi đua ngành: CSTĐCS for N consecutive years (3) AND an unused initiative recognised at
 * ministry scope (Law 06/2022/QH15 Art. 22; Decree 98/2023).
 */
public class CstdNganhPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTD-BO";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTD_NGANH) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        int needed = p.cstdNganhConsecutiveCstdcs();
        int run = c.person().consecutiveYearsOf(AwardCode.CSTDCS, c.year());
        if (run < needed) {
            return fail("CSTĐCS " + run + " consecutive year(s) up to " + c.year() + "; " + needed + " needed");
        }
        if (c.person().unusedInitiatives(InitiativeScope.MINISTRY).isEmpty()) {
            return needsEvidence("CSTĐCS " + run + " years in a row, but no unused initiative recognised at ministry scope");
        }
        return pass("CSTĐCS " + run + " consecutive years up to " + c.year() + " and a ministry-scope initiative");
    }
}
