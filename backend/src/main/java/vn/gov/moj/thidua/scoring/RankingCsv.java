package vn.gov.moj.thidua.scoring;

import vn.gov.moj.thidua.common.export.CsvWriter;

/** Renders a ranking as CSV for spreadsheet users (BOM so Excel reads the Vietnamese text as UTF-8). */
final class RankingCsv {

    private RankingCsv() {
    }

    static String of(ClusterRanking ranking) {
        CsvWriter csv = new CsvWriter(CsvWriter.CRLF);
        csv.cells("Hạng", "Đồng hạng", "Đơn vị", "Trạng thái", "Tổng điểm", "Điểm tự chấm", "Điểm trừ").endRow();
        for (ClusterRanking.Row row : ranking.rows()) {
            csv.cells(row.rank(), row.tied() ? "x" : "").quoted(row.unitName())
                    .cells(row.status(), row.total(), row.selfTotal(), row.deductions()).endRow();
        }
        return csv.toString();
    }
}
