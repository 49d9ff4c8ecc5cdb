package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The decision's awardee list as PDF, from its template: every Vietnamese letter comes back out of the text. */
class DecisionDocumentsTest {

    /** Every letter with a Vietnamese diacritic, lower and upper case. */
    static final String DIACRITICS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    static AwardView award(String person, String unit, String type, BigDecimal amount, boolean revoked) {
        return new AwardView(UUID.randomUUID(), UUID.randomUUID(), "CSTDCS", type, person == null ? "UNIT" : "PERSON", null, person,
                null, unit, 2025, "215/QĐ-BTP", LocalDate.of(2026, 3, 25), null, null, null, "DECIDED", amount, revoked, null, null, null);
    }

    static DecisionView decision(String status, String grounds, List<AwardView> awardees) {
        return new DecisionView(UUID.randomUUID(), "215/QĐ-BTP", LocalDate.of(2026, 3, 25), "Nguyễn Hải Ninh", "Bộ trưởng Bộ Tư pháp",
                status, new BigDecimal("2340000"), new BigDecimal("9360000"), awardees, null, grounds, false, 0, Instant.EPOCH, null, null);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theListKeepsItsTextsAndSumsWithEveryDiacritic() throws Exception {
        List<AwardView> awardees = List.of(
                award("Nguyễn Thị Hồng Nhung", null, "Chiến sĩ thi đua cơ sở", new BigDecimal("2340000"), false),
                award(null, "Cục Trợ giúp pháp lý", "Tập thể lao động xuất sắc", new BigDecimal("7020000"), false),
                award("Trần Văn Đức " + DIACRITICS + " " + DIACRITICS.toUpperCase(java.util.Locale.ROOT), null, "Bằng khen", null, true));
        String text = text(DecisionDocuments.pdf(decision("ISSUED", null, awardees), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR));
        assertThat(text.lines().map(String::strip).toList()).contains(
                "BỘ TƯ PHÁP — DANH SÁCH KHEN THƯỞNG",
                "(Kèm theo Quyết định số 215/QĐ-BTP ngày 25/03/2026)",
                "1. Nguyễn Thị Hồng Nhung — Chiến sĩ thi đua cơ sở năm 2025 — 2.340.000 đồng",
                "2. Cục Trợ giúp pháp lý — Tập thể lao động xuất sắc năm 2025 — 7.020.000 đồng",
                "Tổng số: 3 — tổng tiền thưởng 9.360.000 đồng (mức cơ sở 2.340.000 đồng)",
                "Bộ trưởng Bộ Tư pháp: Nguyễn Hải Ninh");
        assertThat(text.replaceAll("\\s+", " ")).contains(
                "3. Trần Văn Đức " + DIACRITICS + " " + DIACRITICS.toUpperCase(java.util.Locale.ROOT) + " — Bằng khen năm 2025 (đã thu hồi)")
                .doesNotContain("ĐÃ THU HỒI");
    }

    @Test
    void aRevokedLongListFlowsOverPagesAndOddCharactersNeverBreakIt() throws Exception {
        List<AwardView> awardees = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            awardees.add(award("Cán bộ số " + i + " <b>&amp;</b> 🏅\u0007", null, "Chiến sĩ thi đua cơ sở", new BigDecimal("2340000"), false));
        }
        byte[] pdf = DecisionDocuments.pdf(decision("REVOKED", "Khai man thành tích (Luật TĐKT, Chương VII)", awardees), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("ĐÃ THU HỒI: Khai man thành tích (Luật TĐKT, Chương VII)",
                "80. Cán bộ số 80 <b>&amp;</b> ? — Chiến sĩ thi đua cơ sở năm 2025 — 2.340.000 đồng", "Tổng số: 80");
    }
}
