package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Set;

/**
 * R-ONE-ACHIEVEMENT — one achievement is not rewarded twice: a person who already holds the proposed title or award
 * for the year (in the ledger, not revoked) cannot be proposed for it again; and a nominee proposed for an award form
 * (catalog kind FORM) cannot have another form for the same year, in a live dossier or in the ledger (titles do not
 * count against forms) (Law 06/2022/QH15, Chapter I: "không khen thưởng nhiều lần, nhiều hình thức cho một thành tích").
 */
public class OneAchievementPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-ONE-ACHIEVEMENT";
    }

    public Set<String> awardCodes() {
        return Set.of();
    }

    public boolean appliesTo(NominationCase c) {
        return c.person() != null || (c.dossier() != null && c.dossier().isForm());
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        if (c.person() != null && c.person().holds(c.awardCode(), c.year())) {
            return fail("fail.holds", Fact.award(c.awardCode()), c.year());
        }
        if (c.dossier() != null && c.dossier().isForm() && !c.dossier().otherFormsSameYear().isEmpty()) {
            return fail("fail.otherForm", c.year(), c.dossier().otherFormsSameYear());
        }
        return pass("pass", Fact.award(c.awardCode()), c.year());
    }
}
