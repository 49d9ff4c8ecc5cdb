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
}
