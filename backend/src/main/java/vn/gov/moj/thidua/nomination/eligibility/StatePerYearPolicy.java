package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-STATE-PER-YEAR — no more than one State-level award per subject per year, except for exceptional achievements
 * (TT 08/2017/TT-BNV, superseded) [S78]. A dated rule: it applies only when the rule parameter
 * {@code R-STATE-PER-YEAR / applies} is on for the nomination's date. The exception for exceptional achievements is
 * not judged here: the appraiser records it as an override with its reason.
 */
public class StatePerYearPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-STATE-PER-YEAR";
    }

    public String legalSource() {
        return "Thông tư 08/2017/TT-BNV (nguyên tắc: mỗi năm không quá một hình thức khen thưởng cấp Nhà nước cho một đối tượng,"
                + " trừ thành tích đặc biệt xuất sắc) [S78] — đã hết hiệu lực";
    }

    public boolean appliesTo(NominationCase c) {
        return c.dossier() != null && c.dossier().isStateLevel();
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        if (!p.statePerYearApplies()) {
            return pass("Quy định không còn hiệu lực vào ngày " + c.dossier().date() + " — not in force on " + c.dossier().date()
                    + "; not applied");
        }
        var others = c.dossier().otherStateAwardsSameYear();
        return others.isEmpty()
                ? pass("Chưa có khen thưởng cấp Nhà nước khác năm " + c.year() + " — no other State-level award in " + c.year())
                : fail("Đã có khen thưởng cấp Nhà nước năm " + c.year() + ": " + String.join("; ", others)
                        + " — already has a State-level award in " + c.year());
    }
}
