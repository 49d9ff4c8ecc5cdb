package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;

/** Renders a ranking as CSV for spreadsheet users (BOM so Excel reads the Vietnamese text as UTF-8). */
final class RankingCsv {

    private RankingCsv() {
    }

    static String of(ClusterRanking ranking) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("Hạng,Đồng hạng,Đơn vị,Trạng thái,Tổng điểm,Điểm tự chấm,Điểm trừ\r\n");
        for (ClusterRanking.Row row : ranking.rows()) {
            csv.append(row.rank()).append(',').append(row.tied() ? "x" : "").append(',').append(quote(row.unitName())).append(',')
                    .append(row.status()).append(',').append(plain(row.total())).append(',').append(plain(row.selfTotal())).append(',')
                    .append(plain(row.deductions())).append("\r\n");
        }
        return csv.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String quote(String value) {
        String text = value == null ? "" : value;
        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")) {
            text = "'" + text; // no formula injection when opened in a spreadsheet
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
