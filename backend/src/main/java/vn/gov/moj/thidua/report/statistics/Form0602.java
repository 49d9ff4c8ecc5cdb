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
 * Biểu 0602.N/BNV-TĐKT — Số lượng khen thưởng cấp Nhà nước (Thông tư 02/2023/TT-BNV): awards of the State and the
 * Government level. Groups 2, 5 and 9 ("mỗi hình thức khen thưởng ghi riêng một cột") get one column per award type of
 * the catalog, each split Tập thể / Cá nhân as the type admits; the other groups are fixed as in the template.
 */
final class Form0602 {

    static final String TT = "Tập thể";
    static final String CN = "Cá nhân";

    private static final AwardFacts ROWS = new AwardFacts(6);
    private static final String[] GROUPS = { null, "Tổng số", "Các loại huân chương, huy chương", "Giải thưởng Hồ Chí Minh",
            "Giải thưởng Nhà nước", "Danh hiệu vinh dự nhà nước", "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ",
            "Danh hiệu \"Chiến sĩ thi đua toàn quốc\"", "Các hình thức khen thưởng khác" };

    private Form0602() {
    }

    /** The levels this form counts: State and Government awards. */
    static final Set<AwardLevel> LEVELS = Set.of(AwardLevel.STATE, AwardLevel.GOVERNMENT);

    static boolean counts(AwardLevel level) {
        return LEVELS.contains(level);
    }

    /** The column group (2–9) of a State or Government award type, by its name as the template's headers name them. */
    static int group(String name) {
        String n = name.toLowerCase(new Locale("vi"));
        if (n.startsWith("huân chương") || n.startsWith("huy chương")) {
            return 2;
        }
        if (n.startsWith("giải thưởng hồ chí minh")) {
            return 3;
        }
        if (n.startsWith("giải thưởng nhà nước")) {
            return 4;
        }
        if (n.contains("anh hùng") || n.startsWith("nhà giáo") || n.startsWith("thầy thuốc") || n.startsWith("nghệ sĩ")
                || n.startsWith("nghệ nhân") || n.startsWith("danh hiệu vinh dự")) {
            return 5;
        }
        if (n.startsWith("cờ thi đua")) {
            return 6;
        }
        if (n.startsWith("bằng khen")) {
            return 7;
        }
        return n.startsWith("chiến sĩ thi đua toàn quốc") ? 8 : 9;
    }

    static FormLayout layout(List<AwardReads.StatisticsAwardType> types) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("1", "1", null, "Tổng số", null));
        for (int g = 2; g <= 9; g++) {
            final int group = g;
            List<AwardReads.StatisticsAwardType> inGroup = types.stream().filter(t -> counts(t.level()) && group(t.name()) == group).toList();
            if (g == 2 || g == 5 || g == 9) {
                for (AwardReads.StatisticsAwardType t : inGroup) {
                    leaves(columns, g + "." + t.code(), String.valueOf(g), t.name(), t.subject().admitsCollective(), t.subject().admitsPerson());
                }
                if (inGroup.isEmpty()) {
                    leaves(columns, String.valueOf(g), String.valueOf(g), GROUPS[g], true, true);
                }
            } else {
                boolean collective = g == 6 || g == 7;
                boolean person = g != 6;
                leaves(columns, String.valueOf(g), String.valueOf(g), GROUPS[g], collective, person);
            }
        }
        List<Line> rows = new ArrayList<>();
        rows.add(new Line("01", "Tổng số", null, 0));
        rows.add(Line.heading("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"));
        rows.add(Line.item("02", "Bộ, ban, ngành, đoàn thể Trung ương", "Bộ, ngành"));
        rows.add(Line.item("03", "Tỉnh, thành phố trực thuộc Trung ương", "Tỉnh, TP"));
        rows.addAll(ROWS.lines("2. Chia theo đối tượng khen thưởng", "3. Chia theo phương thức khen thưởng"));
        return new FormLayout("0602", "0602.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
                "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)", "Ngày 15 tháng 12 năm báo cáo", null, true, rows, columns,
                List.of("Đếm các dòng sổ khen thưởng chưa bị thu hồi có năm thi đua là năm báo cáo, hình thức cấp Nhà nước hoặc Chính phủ.",
                        "Mã số viết hai chữ số (mẫu in \"1\", \"2\"…); mẫu không có mã số 04, 05.",
                        "Dòng 02: mọi khen thưởng trong sổ đều do Bộ trình (cách hiểu của chúng tôi: đếm số khen thưởng, không đếm số bộ); dòng 03 luôn bằng 0.",
                        "Cột Tập thể / Cá nhân theo đối tượng được khen; nhóm cột 2, 5, 9 có một cột cho mỗi hình thức trong danh mục.",
                        "Dòng 10–14 theo chức vụ của cá nhân tại ngày quyết định (quá trình công tác), không nhập lại; dòng 12 (Doanh nhân) chỉ khi được ghi.",
                        "Dòng 15–21 theo phương thức ghi trên khen thưởng; danh hiệu thi đua xét hằng năm tính \"Thường xuyên\" (cách hiểu của chúng tôi)."));
    }

    private static void leaves(List<Column> columns, String key, String number, String label, boolean collective, boolean person) {
        String group = GROUPS[Integer.parseInt(number)];
        String shown = label.equals(group) ? null : group;
        if (collective) {
            columns.add(new Column(key + ".TT", number, shown, label, TT));
        }
        if (person) {
            columns.add(new Column(key + ".CN", number, shown, label, CN));
        }
    }

    /** The fact of a State or Government ledger row; empty for any other level. */
    static Optional<StatisticsFact> fact(AwardReads.StatisticsAward a, FormLayout layout) {
        if (!counts(a.level())) {
            return Optional.empty();
        }
        int g = group(a.awardTypeName());
        String leaf = a.individual() ? ".CN" : ".TT";
        String key = (g == 2 || g == 5 || g == 9 ? g + "." + a.awardTypeCode() : String.valueOf(g)) + leaf;
        if (layout.columns().stream().noneMatch(c -> c.key().equals(key))) {
            return Optional.of(ROWS.fact(a, Set.of("01", "02"), Set.of("1")));
        }
        return Optional.of(ROWS.fact(a, Set.of("01", "02"), Set.of("1", key)));
    }

}
