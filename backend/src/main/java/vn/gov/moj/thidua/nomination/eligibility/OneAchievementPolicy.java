package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-ONE-ACHIEVEMENT — one achievement is not rewarded twice: a person who already holds the proposed title or award
 * for the year (in the ledger, not revoked) cannot be proposed for it again; and a nominee proposed for an award form
 * (catalog kind FORM) cannot have another form for the same year, in a live dossier or in the ledger (titles do not
 * count against forms) [S4] (Law 06/2022/QH15, Chapter I: "không khen thưởng nhiều lần, nhiều hình thức cho một thành tích").
 */
public class OneAchievementPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-ONE-ACHIEVEMENT";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Chương I (nguyên tắc khen thưởng: không khen thưởng nhiều lần cho một thành tích)";
    }

    public boolean appliesTo(NominationCase c) {
        return c.person() != null || (c.dossier() != null && c.dossier().isForm());
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        if (c.person() != null && c.person().holds(c.awardCode(), c.year())) {
            return fail("Đã được tặng " + c.awardCode() + " cho năm " + c.year() + " — already holds it for " + c.year());
        }
        if (c.dossier() != null && c.dossier().isForm() && !c.dossier().otherFormsSameYear().isEmpty()) {
            String others = String.join("; ", c.dossier().otherFormsSameYear());
            return fail("Cùng năm " + c.year() + " đã đề nghị hoặc được tặng hình thức khen thưởng khác: " + others
                    + " — another award form for the same year: " + others);
        }
        return pass("Chưa được tặng " + c.awardCode() + " hay hình thức khác cho năm " + c.year() + " — not yet awarded for " + c.year());
    }
}
