package vn.gov.moj.thidua.nomination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.gov.moj.thidua.common.document.PdfRenderer;
import vn.gov.moj.thidua.common.document.PrintAnchor;
import vn.gov.moj.thidua.common.export.FormulaGuard;

/**
 * The awardee list of a decision as PDF (layout in {@code templates/nomination/decision-list.html}) and as Excel (text
 * cells never a formula).
 */
final class DecisionDocuments {

    static final String TEMPLATE = "nomination/decision-list.html";

    /** The template's data; {@code revocationGrounds} only when the decision is revoked. */
    public record Page(String number, String date, String revocationGrounds, List<Line> awardees, String total, String base,
            String signerTitle, String signer) {
    }

    /** One awardee; {@code amount} formatted, null when there is none. */
    public record Line(String subject, String awardTypeName, int year, String amount, boolean revoked) {
    }

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DecisionDocuments() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount);
    }

    static String subject(AwardView a) {
        return a.personName() != null ? a.personName() : a.unitName();
    }

    static byte[] xlsx(DecisionView d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách khen thưởng");
            sheet.value(0, 0, FormulaGuard.neutralise("Quyết định số " + d.number() + " ngày " + DATE.format(d.decisionDate())));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, FormulaGuard.neutralise(d.signerTitle() + ": " + d.signer() + (d.status().equals("REVOKED") ? " — ĐÃ THU HỒI" : "")));
            String[] headers = { "STT", "Cá nhân / Tập thể", "Danh hiệu / Hình thức", "Năm", "Số tiền (đồng)", "Thu hồi" };
            for (int c = 0; c < headers.length; c++) {
                sheet.value(3, c, headers[c]);
                sheet.style(3, c).bold().set();
            }
            int r = 4;
            for (AwardView a : d.awardees()) {
                sheet.value(r, 0, r - 3);
                sheet.value(r, 1, FormulaGuard.neutralise(subject(a)));
                sheet.value(r, 2, FormulaGuard.neutralise(a.awardTypeName()));
                sheet.value(r, 3, a.year());
                if (a.amount() != null) {
                    sheet.value(r, 4, a.amount());
                }
                sheet.value(r, 5, a.revoked() ? "x" : "");
                r++;
            }
            sheet.value(r, 1, "Tổng cộng");
            sheet.value(r, 4, d.totalAmount());
            sheet.width(1, 40);
            sheet.width(2, 40);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(DecisionView d, PrintAnchor anchor) {
        List<Line> lines = d.awardees().stream()
                .map(a -> new Line(subject(a), a.awardTypeName(), a.year(), a.amount() == null ? null : money(a.amount()), a.revoked()))
                .toList();
        return PdfRenderer.render(TEMPLATE, new Page(d.number(), DATE.format(d.decisionDate()),
                d.status().equals("REVOKED") ? String.valueOf(d.revocationGrounds()) : null, lines, money(d.totalAmount()),
                money(d.baseAmount()), d.signerTitle(), d.signer()), anchor);
    }
}
