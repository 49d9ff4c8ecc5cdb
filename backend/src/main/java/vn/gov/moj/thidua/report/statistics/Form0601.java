package vn.gov.moj.thidua.report.statistics;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import vn.gov.moj.thidua.campaign.CampaignReads;
import vn.gov.moj.thidua.campaign.CampaignType;
import vn.gov.moj.thidua.report.statistics.FormLayout.Column;
import vn.gov.moj.thidua.report.statistics.FormLayout.Line;

/** Biểu 0601.N/BNV-TĐKT — Số phong trào thi đua (Thông tư 02/2023/TT-BNV): its frame and what each campaign counts in. */
final class Form0601 {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String BY_LEVEL = "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua";

    static final FormLayout LAYOUT = new FormLayout("0601", "0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA",
            "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)", "Ngày 15 tháng 12 năm báo cáo", "Phong trào", false,
            List.of(new Line("01", "Tổng số", null, 0),
                    Line.heading("1. Chia theo phạm vi tổ chức thi đua"),
                    Line.item("02", "Toàn quốc", null),
                    Line.item("03", "Bộ, ban, ngành đoàn thể, địa phương", null),
                    Line.item("04", "Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", null),
                    Line.item("05", "Cơ quan, tổ chức, đơn vị", null),
                    Line.heading("2. Chia theo thời hạn thi đua"),
                    Line.item("06", "Dưới 1 năm", null),
                    Line.item("07", "1 năm", null),
                    Line.item("08", "Từ 1 năm đến dưới 3 năm", null),
                    Line.item("09", "Từ 3 năm đến dưới 5 năm", null),
                    Line.item("10", "Từ 5 năm trở lên", null),
                    Line.heading("3. Chia theo phương thức tổ chức phong trào thi đua"),
                    Line.item("11", "Thi đua theo chuyên đề", null),
                    Line.item("12", "Thi đua thường xuyên hàng năm", null)),
            List.of(new Column("1", "1 = (2+3+4)", null, "Tổng số", null),
                    new Column("2", "2", BY_LEVEL, "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)", null),
                    new Column("3", "3", BY_LEVEL, "Cấp bộ, ban ngành đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương", null),
                    new Column("4", "4", BY_LEVEL, "Cơ quan, tổ chức, đơn vị", null)),
            List.of("Đếm các phong trào đã phát động (không tính bản nháp) có thời gian diễn ra giao với năm báo cáo (cách hiểu của chúng tôi).",
                    "Cột 2–4 theo cấp phát động đã ghi trên phong trào; nếu chưa ghi: phong trào của một đơn vị tính cột 4, còn lại cột 3 (cách hiểu của chúng tôi).",
                    "Dòng 02–05 theo phạm vi tổ chức (Luật TĐKT 2022, Điều 16); nếu chưa ghi: toàn ngành → 03, cụm/khối → 04, một đơn vị → 05.",
                    "Dòng 06–10 theo số ngày từ ngày bắt đầu đến ngày kết thúc; đúng 1 năm (ví dụ 01/01–31/12) tính dòng 07 (cách hiểu của chúng tôi).",
                    "Dòng 11–12 theo loại phong trào: chuyên đề hoặc thường xuyên (Luật TĐKT 2022, Điều 16)."));

    private Form0601() {
    }

    static StatisticsFact fact(CampaignReads.StatisticsCampaign c) {
        String method = c.type() == CampaignType.THEMATIC ? "11" : "12";
        Set<String> rows = Set.of("01", CampaignClassification.scopeRow(c.organisingScope(), c.scope()),
                CampaignClassification.durationRow(c.startDate(), c.endDate()), method);
        return new StatisticsFact(c.id(), "CAMPAIGN", c.title(), DAY.format(c.startDate()) + " – " + DAY.format(c.endDate()), c.startDate(),
                rows, Set.of("1", CampaignClassification.launchColumn(c.launchLevel(), c.scope())), List.of());
    }
}
