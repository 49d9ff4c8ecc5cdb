package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Set;

/**
 * R-CSTD-BO — Chiến sĩ thi đua ngành: CSTĐCS for N consecutive years (3) AND an unused initiative recognised at
 * ministry scope (Law 06/2022/QH15 Art. 22; Decree 98/2023).
 */
public class CstdNganhPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTD-BO";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.CSTD_NGANH);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTD_NGANH) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        int needed = p.cstdNganhConsecutiveCstdcs();
        int run = c.person().consecutiveYearsOf(AwardCode.CSTDCS, c.year());
        Fact.Years years = Fact.Years.between(c.year() - run + 1, c.year());
        if (run < needed) {
            return run == 0 ? fail("fail.none", c.year(), needed) : fail("fail.short", run, years, needed);
        }
        if (c.person().unusedInitiatives(InitiativeScope.MINISTRY).isEmpty()) {
            return needsEvidence("evidence.noInitiative", run, years);
        }
        return pass("pass", run, years);
    }
}
