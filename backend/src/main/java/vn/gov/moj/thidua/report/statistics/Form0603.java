package vn.gov.moj.thidua.report.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.nomination.AwardReads;
import vn.gov.moj.thidua.report.statistics.FormLayout.Column;
import vn.gov.moj.thidua.report.statistics.FormLayout.Line;

/**
 * Biểu 0603.N/BNV-TĐKT — Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh (Thông tư
 * 02/2023/TT-BNV): Ministry-level awards in four columns (Bằng khen, Chiến sĩ thi đua cấp bộ, Cờ thi đua, Huy hiệu /
 * kỷ niệm chương). A Ministry-level type in none of them (Tập thể lao động xuất sắc) is not on this form.
 */
final class Form0603 {

    private static final String SPLIT = "Chia ra";
    private static final AwardFacts ROWS = new AwardFacts(2);

    static final FormLayout LAYOUT = layout();

    /** The level this form counts: Ministry awards. */
    static final Set<AwardLevel> LEVELS = Set.of(AwardLevel.MINISTRY);

    private Form0603() {
    }

    private static FormLayout layout() {
        List<Line> rows = new ArrayList<>();
        rows.add(new Line("01", "Tổng số", null, 0));
        rows.addAll(ROWS.lines("1. Chia theo đối tượng khen thưởng", "3. Chia theo phương thức khen thưởng"));
        return new FormLayout("0603", "0603.N/BNV-TĐKT",
                "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", null, null, null, true,
                rows,
                List.of(new Column("1", "1", null, "Tổng số", null), new Column("2", "2", SPLIT, "Bằng khen", null),
                        new Column("3", "3", SPLIT, "Chiến sĩ thi đua cấp bộ, cấp tỉnh", null),
                        new Column("4", "4", SPLIT, "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương", null),
                        new Column("5", "5", SPLIT,
                                "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương", null)),
                List.of("Đếm các dòng sổ khen thưởng chưa bị thu hồi có năm thi đua là năm báo cáo, hình thức cấp Bộ, thuộc một trong bốn cột.",
                        "Cột theo tên hình thức: Bằng khen → 2; Chiến sĩ thi đua → 3; Cờ thi đua → 4; Kỷ niệm chương, Huy hiệu → 5; cột 1 = 2+3+4+5 (cách hiểu của chúng tôi).",
                        "Hình thức cấp Bộ không thuộc cột nào (ví dụ Tập thể lao động xuất sắc) không tính trong biểu này.",
                        "Dòng 06–10 theo chức vụ tại ngày quyết định; dòng 11–17 theo phương thức khen thưởng (như biểu 0602)."));
    }

    /** Column 2–5 of a Ministry-level type by its name; empty when the form has no column for it. */
    static Optional<String> column(String name) {
        String n = name.toLowerCase(new Locale("vi"));
        if (n.startsWith("bằng khen")) {
            return Optional.of("2");
        }
        if (n.startsWith("chiến sĩ thi đua")) {
            return Optional.of("3");
        }
        if (n.startsWith("cờ thi đua")) {
            return Optional.of("4");
        }
        return n.startsWith("kỷ niệm chương") || n.startsWith("huy hiệu") ? Optional.of("5") : Optional.empty();
    }

    static Optional<StatisticsFact> fact(AwardReads.StatisticsAward a) {
        if (!LEVELS.contains(a.level())) {
            return Optional.empty();
        }
        return column(a.awardTypeName()).map(c -> ROWS.fact(a, Set.of("01"), Set.of("1", c)));
    }
}
