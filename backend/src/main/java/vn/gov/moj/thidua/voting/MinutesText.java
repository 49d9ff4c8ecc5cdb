package vn.gov.moj.thidua.voting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Vietnamese wording shared by the minutes' PDF and CSV. */
final class MinutesText {

    private MinutesText() {
    }

    static String base(VoteBase base) {
        return switch (base) {
            case ALL_MEMBERS -> "tổng số thành viên";
            case PRESENT -> "số thành viên có mặt";
            case VOTES_CAST -> "số phiếu hợp lệ";
        };
    }

    static String percent(long part, long whole) {
        if (whole <= 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',') + "%";
    }

    /** Why a member stood aside from an item, as the minutes say it. */
    static String recusal(Recusal r) {
        return switch (r.reason()) {
            case OWN_UNIT -> "đơn vị của thành viên đề nghị hoặc được đề nghị";
            case NOMINEE -> "thành viên là người được đề nghị";
            case DECLARED -> "tự khai báo xung đột lợi ích" + (r.note() == null || r.note().isBlank() ? "" : ": " + r.note());
        };
    }
}
