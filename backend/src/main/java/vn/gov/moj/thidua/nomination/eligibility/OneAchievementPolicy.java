package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-ONE-ACHIEVEMENT — one achievement is not rewarded twice: a person who already holds the proposed title or award
 * for the year (in the ledger, not revoked) cannot be proposed for it again (Law 06/2022/QH15, Chapter I: "không khen thưởng nhiều lần, nhiều hình thức cho một thành tích").
 */
public class OneAchievementPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-ONE-ACHIEVEMENT";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Chương I (nguyên tắc khen thưởng: không khen thưởng nhiều lần cho một thành tích)";
    }

    public boolean appliesTo(NominationCase c) {
        return c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        return c.person().holds(c.awardCode(), c.year())
                ? fail("Đã được tặng " + c.awardCode() + " cho năm " + c.year() + " — already holds it for " + c.year())
                : pass("Chưa được tặng " + c.awardCode() + " cho năm " + c.year() + " — not yet awarded for " + c.year());
    }
}
