package vn.gov.moj.thidua.report.statistics;

import java.util.List;
import java.util.Locale;

/**
 * The leadership tier of an awarded person, as Biểu 0602.N rows 10–14 and 0603.N rows 06–10 (Thông tư 02/2023/TT-BNV)
 * split individuals. Derived from the position the person held on the decision date, never typed twice. The words
 * matched are our interpretation of the Vietnamese position titles (docs/statistics.md); "Doanh nhân" cannot be
 * derived from a civil-service position and is only counted when recorded.
 */
public enum LeadershipTier {
    /** Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên. */
    MINISTRY,
    /** Lãnh đạo cấp vụ, sở, ngành và tương đương. */
    DEPARTMENT,
    /** Doanh nhân. */
    BUSINESS,
    /** Các cấp lãnh đạo khác từ phó phòng trở lên. */
    OTHER_LEADER,
    /** Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu. */
    FRONTLINE;

    private static final List<String> MINISTRY_WORDS = List.of("bộ trưởng", "thứ trưởng", "chủ tịch ubnd tỉnh", "chủ tịch ủy ban nhân dân tỉnh");
    private static final List<String> OTHER_FIRST = List.of("chi cục trưởng", "phó chi cục", "trưởng phòng", "phó phòng", "phó trưởng phòng",
            "trưởng ban", "phó trưởng ban", "trưởng thi hành án", "chánh văn phòng sở", "phó trưởng đơn vị", "trưởng đơn vị");
    private static final List<String> DEPARTMENT_WORDS = List.of("vụ trưởng", "cục trưởng", "tổng cục trưởng", "giám đốc sở",
            "chánh văn phòng", "chánh thanh tra", "giám đốc", "viện trưởng", "hiệu trưởng", "tổng biên tập");

    /**
     * The tier for a position title on the decision date; null when there is no position to judge (the record is then
     * listed as "chưa phân loại"). A title naming no leadership post counts as frontline unless the person is flagged
     * as a leader, who then counts among "other leaders".
     */
    public static LeadershipTier of(String position, boolean leader) {
        if (position == null || position.isBlank()) {
            return null;
        }
        String p = position.toLowerCase(new Locale("vi")).trim();
        if (MINISTRY_WORDS.stream().anyMatch(p::contains)) {
            return MINISTRY;
        }
        if (OTHER_FIRST.stream().anyMatch(p::contains)) {
            return OTHER_LEADER;
        }
        if (DEPARTMENT_WORDS.stream().anyMatch(p::contains)) {
            return DEPARTMENT;
        }
        return leader ? OTHER_LEADER : FRONTLINE;
    }
}
