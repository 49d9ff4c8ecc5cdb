package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-CSTDTQ — Chiến sĩ thi đua toàn quốc: two consecutive CSTĐ ngành titles AND an unused initiative of national
 * scope (Law 06/2022/QH15 Art. 21).
 */
public class CstdtqPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTDTQ";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 21";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTDTQ) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        // A CSTĐ ngành title covers the achievements of several years; the ledger files it under the period's
        // last year, so consecutive titles are found by walking back through the terms.
        int needed = p.cstdtqConsecutiveCstdNganh();
        int titles = 0;
        int year = c.year();
        int lookBack = needed * p.cstdNganhConsecutiveCstdcs();
        for (int y = year; y > year - lookBack; y--) {
            if (c.person().holds(AwardCode.CSTD_NGANH, y)) {
                titles++;
            }
        }
        if (titles < needed) {
            return fail(titles + " CSTĐ ngành title(s) in the last " + lookBack + " years; " + needed + " consecutive needed");
        }
        if (c.person().unusedInitiatives(InitiativeScope.NATIONAL).isEmpty()) {
            return needsEvidence(titles + " CSTĐ ngành titles, but no unused initiative of national scope");
        }
        return pass(titles + " consecutive CSTĐ ngành titles and a national-scope initiative");
    }
}
