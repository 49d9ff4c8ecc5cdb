package vn.gov.moj.thidua.nomination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The awardee list of a decision as PDF (DejaVu Sans, embedded, for Vietnamese) and as Excel. */
final class DecisionDocuments {

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
            sheet.value(0, 0, "Quyết định số " + d.number() + " ngày " + DATE.format(d.decisionDate()));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, d.signerTitle() + ": " + d.signer() + (d.status().equals("REVOKED") ? " — ĐÃ THU HỒI" : ""));
            String[] headers = { "STT", "Cá nhân / Tập thể", "Danh hiệu / Hình thức", "Năm", "Số tiền (đồng)", "Thu hồi" };
            for (int c = 0; c < headers.length; c++) {
                sheet.value(3, c, headers[c]);
                sheet.style(3, c).bold().set();
            }
            int r = 4;
            for (AwardView a : d.awardees()) {
                sheet.value(r, 0, r - 3);
                sheet.value(r, 1, subject(a));
                sheet.value(r, 2, a.awardTypeName());
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

    static byte[] pdf(DecisionView d) {
        try (PDDocument doc = new PDDocument(); InputStream fontData = DecisionDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(doc, fontData);
            List<String> lines = new ArrayList<>();
            lines.add("BỘ TƯ PHÁP — DANH SÁCH KHEN THƯỞNG");
            lines.add("(Kèm theo Quyết định số " + d.number() + " ngày " + DATE.format(d.decisionDate()) + ")");
            if (d.status().equals("REVOKED")) {
                lines.add("ĐÃ THU HỒI: " + d.revocationGrounds());
            }
            lines.add("");
            int i = 1;
            for (AwardView a : d.awardees()) {
                lines.add(i++ + ". " + subject(a) + " — " + a.awardTypeName() + " năm " + a.year()
                        + (a.amount() == null ? "" : " — " + money(a.amount()) + " đồng") + (a.revoked() ? " (đã thu hồi)" : ""));
            }
            lines.add("");
            lines.add("Tổng số: " + d.awardees().size() + " — tổng tiền thưởng " + money(d.totalAmount()) + " đồng (mức cơ sở "
                    + money(d.baseAmount()) + " đồng)");
            lines.add(d.signerTitle() + ": " + d.signer());
            float margin = 50;
            float leading = 16;
            PDPage page = null;
            PDPageContentStream text = null;
            float y = 0;
            for (String line : wrap(lines, 85)) {
                if (page == null || y < margin) {
                    if (text != null) {
                        text.endText();
                        text.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    text = new PDPageContentStream(doc, page);
                    text.beginText();
                    text.setFont(font, 11);
                    y = page.getMediaBox().getHeight() - margin;
                    text.newLineAtOffset(margin, y);
                }
                text.showText(line);
                text.newLineAtOffset(0, -leading);
                y -= leading;
            }
            if (text != null) {
                text.endText();
                text.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= 0) {
                    cut = width;
                }
                out.add(rest.substring(0, cut));
                rest = "   " + rest.substring(cut).strip();
            }
            out.add(rest);
        }
        return out;
    }
}
