package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * R-CSTDCS-QUOTA — CSTĐCS at most a share of the LĐTT count per awarding unit (15% under Decree 91/2017 Art. 9
 * cl. 3; current value a parameter, UNVERIFIED).
 */
public class CstdcsQuotaPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTDCS-QUOTA";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.CSTDCS);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTDCS) && c.quota() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        int allowed = BigDecimal.valueOf(c.quota().ldtt()).multiply(p.cstdcsQuotaOfLdtt())
                .setScale(0, RoundingMode.FLOOR).intValue();
        Object[] figures = { c.quota().cstdcsIncludingThis(), allowed, Fact.percent(p.cstdcsQuotaOfLdtt()), c.quota().ldtt() };
        return c.quota().cstdcsIncludingThis() <= allowed ? pass("pass", figures) : fail("fail.exceeded", figures);
    }
}
