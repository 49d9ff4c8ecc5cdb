package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    public Set<String> awardCodes() {
        return Set.of(awardCode);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(awardCode) && c.collective() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        CollectiveRecord unit = c.collective();
        if (unit.members() == 0) {
            return needsEvidence("evidence.noMembers", c.year());
        }
        List<Object> failures = new ArrayList<>();
        double ldttShare = (double) unit.membersWithLdtt() / unit.members();
        if (BigDecimal.valueOf(ldttShare).compareTo(p.collectiveLdttShare()) < 0) {
            failures.add(Fact.phrase("collective.ldttBelow", unit.membersWithLdtt(), unit.members(), Fact.percent(ldttShare),
                    Fact.percent(p.collectiveLdttShare())));
        }
        boolean excellent = AwardCode.TTLDXS.equals(awardCode);
        if (excellent) {
            double completing = (double) unit.membersCompletingTasks() / unit.members();
            if (BigDecimal.valueOf(completing).compareTo(p.ttldxsCompletingShare()) < 0) {
                failures.add(Fact.phrase("collective.completingBelow", unit.membersCompletingTasks(), unit.members(),
                        Fact.percent(p.ttldxsCompletingShare())));
            }
            if (unit.membersWithCstdcs() < p.ttldxsMinCstdcs()) {
                failures.add(Fact.phrase("collective.cstdcsBelow", unit.membersWithCstdcs(), p.ttldxsMinCstdcs()));
            }
        }
        boolean disciplineApplies = !excellent || p.ttldxsNoDisciplineRequired();
        if (disciplineApplies && unit.membersDisciplinedWarningOrAbove() > 0) {
            failures.add(Fact.phrase("collective.disciplined", unit.membersDisciplinedWarningOrAbove()));
        }
        if (!failures.isEmpty()) {
            return fail("fail", failures);
        }
        return excellent
                ? pass("pass", unit.membersWithLdtt(), unit.members(), Fact.percent(ldttShare), unit.membersWithCstdcs())
                : pass("pass", unit.membersWithLdtt(), unit.members(), Fact.percent(ldttShare));
    }
}
