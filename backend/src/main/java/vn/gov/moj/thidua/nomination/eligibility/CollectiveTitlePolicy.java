package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-TTLDTT and R-TTLDXS — collective titles judged from member records: TTLĐTT needs ≥70% members LĐTT and nobody
 * disciplined at cảnh cáo or above (Law Art. 28); TTLĐXS needs 100% completing tasks, ≥70% LĐTT and ≥1 CSTĐCS
 * (Law Art. 27).
 */
public class CollectiveTitlePolicy implements EligibilityPolicy {

    private final String awardCode;

    public CollectiveTitlePolicy(String awardCode) {
        this.awardCode = awardCode;
    }

    public String ruleId() {
        return AwardCode.TTLDXS.equals(awardCode) ? "R-TTLDXS" : "R-TTLDTT";
    }

    public String legalSource() {
        return AwardCode.TTLDXS.equals(awardCode) ? "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 27"
                : "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(awardCode) && c.collective() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        CollectiveRecord unit = c.collective();
        if (unit.members() == 0) {
            return needsEvidence("No member records for " + c.year());
        }
        List<String> failures = new ArrayList<>();
        double ldttShare = (double) unit.membersWithLdtt() / unit.members();
        if (BigDecimal.valueOf(ldttShare).compareTo(p.collectiveLdttShare()) < 0) {
            failures.add("LĐTT " + unit.membersWithLdtt() + "/" + unit.members() + " = " + Ratings.percent(ldttShare)
                    + " < " + p.collectiveLdttShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        boolean excellent = AwardCode.TTLDXS.equals(awardCode);
        if (excellent) {
            double completing = (double) unit.membersCompletingTasks() / unit.members();
            if (BigDecimal.valueOf(completing).compareTo(p.ttldxsCompletingShare()) < 0) {
                failures.add("members completing tasks " + unit.membersCompletingTasks() + "/" + unit.members());
            }
            if (unit.membersWithCstdcs() < p.ttldxsMinCstdcs()) {
                failures.add("CSTĐCS members " + unit.membersWithCstdcs() + " < " + p.ttldxsMinCstdcs());
            }
        }
        boolean disciplineApplies = !excellent || p.ttldxsNoDisciplineRequired();
        if (disciplineApplies && unit.membersDisciplinedWarningOrAbove() > 0) {
            failures.add(unit.membersDisciplinedWarningOrAbove() + " member(s) disciplined at cảnh cáo or above");
        }
        if (!failures.isEmpty()) {
            return fail(String.join("; ", failures));
        }
        return pass("LĐTT " + unit.membersWithLdtt() + "/" + unit.members() + " (" + Ratings.percent(ldttShare) + ")"
                + (excellent ? ", all complete their tasks, " + unit.membersWithCstdcs() + " CSTĐCS" : "")
                + ", nobody disciplined");
    }
}
