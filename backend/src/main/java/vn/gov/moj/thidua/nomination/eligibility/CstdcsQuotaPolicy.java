package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R-CSTDCS-QUOTA — CSTĐCS at most a share of the LĐTT count per awarding unit (15% under Decree 91/2017 Art. 9
 * cl. 3; current value a parameter, UNVERIFIED).
 */
public class CstdcsQuotaPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CSTDCS-QUOTA";
    }

    public String legalSource() {
        return "Nghị định 91/2017/NĐ-CP, Điều 9 khoản 3 (tỷ lệ là tham số, chưa xác minh theo quy định hiện hành)";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CSTDCS) && c.quota() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        int allowed = BigDecimal.valueOf(c.quota().ldtt()).multiply(p.cstdcsQuotaOfLdtt())
                .setScale(0, RoundingMode.FLOOR).intValue();
        String counts = c.quota().cstdcsIncludingThis() + " CSTĐCS with this one; at most " + allowed + " ("
                + p.cstdcsQuotaOfLdtt().movePointRight(2).stripTrailingZeros().toPlainString() + "% of " + c.quota().ldtt() + " LĐTT)";
        return c.quota().cstdcsIncludingThis() <= allowed ? pass(counts) : fail("Quota exceeded: " + counts);
    }
}
