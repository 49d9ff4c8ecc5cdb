package vn.gov.moj.thidua.nomination.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R-CSTDTQ — Chiến sĩ thi đua toàn quốc: two consecutive CSTĐ ngành titles AND an unused initiative of national
 * scope (Law 06/2022/QH15 Art. 21).
 */
public class CstdtqPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTDTQ";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.CSTDTQ);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTDTQ) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        // A CSTĐ ngành title covers the achievements of several years; the ledger files it under the period's
        // last year, so consecutive titles are found by walking back through the terms.
        int needed = p.cstdtqConsecutiveCstdNganh();
        int year = c.year();
        int lookBack = needed * p.cstdNganhConsecutiveCstdcs();
        List<Integer> titles = new ArrayList<>();
        for (int y = year - lookBack + 1; y <= year; y++) {
            if (c.person().holds(AwardCode.CSTD_NGANH, y)) {
                titles.add(y);
            }
        }
        Fact.Years found = new Fact.Years(titles);
        if (titles.size() < needed) {
            return fail("fail.short", titles.size(), lookBack, needed, found);
        }
        if (c.person().unusedInitiatives(InitiativeScope.NATIONAL).isEmpty()) {
            return needsEvidence("evidence.noInitiative", titles.size(), found);
        }
        return pass("pass", titles.size(), found);
    }
}
