package vn.gov.moj.thidua.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.gov.moj.thidua.common.export.FormulaGuard;

/** Renders a ranking as an Excel workbook (one sheet, numbers as numbers, text never a formula). */
final class RankingXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RankingXlsx() {
    }

    static byte[] of(ClusterRanking ranking) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Xếp hạng");
            sheet.value(0, 0, FormulaGuard.neutralise(ranking.clusterName()));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, ranking.published() ? "Đã công bố" : "Dự thảo");
            String[] headers = { "Hạng", "Đồng hạng", "Đơn vị", "Trạng thái", "Tổng điểm", "Điểm tự chấm", "Điểm trừ" };
            for (int c = 0; c < headers.length; c++) {
                sheet.value(3, c, headers[c]);
                sheet.style(3, c).bold().set();
            }
            int r = 4;
            for (ClusterRanking.Row row : ranking.rows()) {
                sheet.value(r, 0, row.rank());
                sheet.value(r, 1, row.tied() ? "x" : "");
                sheet.value(r, 2, FormulaGuard.neutralise(row.unitName()));
                sheet.value(r, 3, row.status().name());
                sheet.value(r, 4, row.total());
                sheet.value(r, 5, row.selfTotal());
                sheet.value(r, 6, row.deductions());
                r++;
            }
            sheet.width(2, 60);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
