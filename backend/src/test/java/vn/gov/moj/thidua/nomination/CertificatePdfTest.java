package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.catalog.AwardKind;
import vn.gov.moj.thidua.catalog.AwardLevel;

/** Certificates from their form's template: the form chosen by the award type, every diacritic printed, who may print. */
class CertificatePdfTest {

    static CertificatePdf.Page page(String title, String awardee, String revoked) {
        return new CertificatePdf.Page(title, "BỘ TRƯỞNG BỘ TƯ PHÁP", awardee, "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
                "Chiến sĩ thi đua ngành Tư pháp", "Đạt danh hiệu Chiến sĩ thi đua ngành Tư pháp năm 2025", "215/QĐ-BTP", "25/03/2026",
                CertificatePdf.placeAndDate("Hà Nội", LocalDate.of(2026, 3, 25)), "Bộ trưởng Bộ Tư pháp", "Nguyễn Hải Ninh", revoked);
    }

    static String text(byte[] pdf) throws Exception {
        return DecisionDocumentsTest.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void eachFormPrintsItsHeadingTheAwardeeAndTheDecisionWithEveryDiacritic() throws Exception {
        String awardee = "Ông/Bà Nguyễn Thị Hồng Nhung " + DecisionDocumentsTest.DIACRITICS;
        for (CertificateForm form : CertificateForm.values()) {
            byte[] pdf = CertificatePdf.render(form, page(form.title, awardee, null), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).as(form.name()).isEqualTo(1);
                assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            }
            assertThat(text(pdf)).as(form.name()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BỘ TRƯỞNG BỘ TƯ PHÁP", form.title.toUpperCase(java.util.Locale.forLanguageTag("vi")), awardee,
                    "Quyết định số 215/QĐ-BTP ngày 25/03/2026", "Hà Nội, ngày 25 tháng 03 năm 2026", "Nguyễn Hải Ninh")
                    .doesNotContain("THU HỒI");
        }
    }

    @Test
    void aRevokedAwardsCertificateIsMarkedAndMarkupInNamesIsText() throws Exception {
        String text = text(CertificatePdf.render(CertificateForm.BANG_KHEN, page("Bằng khen", "<b>Trần & Đức</b>", "Khai man thành tích"), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR));
        assertThat(text).contains("ĐÃ THU HỒI: Khai man thành tích", "<b>Trần & Đức</b>");
    }

    @Test
    void aDecisionsCertificatesMergeIntoOnePdfAPageEach() throws Exception {
        byte[] one = CertificatePdf.render(CertificateForm.GIAY_KHEN, page("Giấy khen", "Tập thể A", null), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
        byte[] two = CertificatePdf.render(CertificateForm.GIAY_CHUNG_NHAN, page("Giấy chứng nhận", "Tập thể B", null), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
        try (PDDocument doc = Loader.loadPDF(CertificatePdf.merge(List.of(one, two)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void aBatchOfOneFormIsOneDocumentAPageEachInOrderWithItsOwnMarks() throws Exception {
        byte[] pdf = CertificatePdf.renderAll(CertificateForm.BANG_KHEN, List.of(page("Bằng khen", "Ông/Bà Nguyễn Văn Một", null),
                page("Bằng khen", "Ông/Bà Trần Thị Hai", "Khai man thành tích"), page("Bằng khen", "Ông/Bà Lê Văn Ba", null)),
                vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= 3; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertThat(text).as("page " + i).contains("BẰNG KHEN", "Quyết định số 215/QĐ-BTP", "Nhật ký kiểm toán");
                assertThat(text).as("page " + i).contains(List.of("Nguyễn Văn Một", "Trần Thị Hai", "Lê Văn Ba").get(i - 1));
                assertThat(text.contains("ĐÃ THU HỒI")).as("page " + i + " revoked").isEqualTo(i == 2);
            }
        }
    }

    @Test
    void theFormFollowsTheAwardType() {
        assertThat(CertificateForm.of(AwardKind.TITLE, AwardLevel.MINISTRY)).isEqualTo(CertificateForm.GIAY_CHUNG_NHAN);
        assertThat(CertificateForm.of(AwardKind.TITLE, AwardLevel.UNIT)).isEqualTo(CertificateForm.GIAY_CHUNG_NHAN);
        assertThat(CertificateForm.of(AwardKind.FORM, AwardLevel.UNIT)).isEqualTo(CertificateForm.GIAY_KHEN);
        assertThat(CertificateForm.of(AwardKind.FORM, AwardLevel.MINISTRY)).isEqualTo(CertificateForm.BANG_KHEN);
        assertThat(CertificateForm.of(AwardKind.FORM, AwardLevel.GOVERNMENT)).isEqualTo(CertificateForm.BANG_KHEN);
    }

    @Test
    void theSecretariatPrintsAnyCertificateAUnitOnlyItsOwn() {
        UUID mine = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(CertificateAccess.mayPrint(true, false, Optional.empty(), other)).isTrue();
        assertThat(CertificateAccess.mayPrint(false, true, Optional.of(mine), mine)).isTrue();
        assertThat(CertificateAccess.mayPrint(false, true, Optional.of(mine), other)).isFalse();
        assertThat(CertificateAccess.mayPrint(false, true, Optional.empty(), mine)).isFalse();
        assertThat(CertificateAccess.mayPrint(false, true, Optional.of(mine), null)).isFalse();
        assertThat(CertificateAccess.mayPrint(false, false, Optional.of(mine), mine)).as("a viewer of the same unit").isFalse();
    }

    @Test
    void fileNamesAreAsciiWithoutMarks() {
        assertThat(Certificates.safe("Giấy chứng nhận-Đỗ Thị Ánh-2025")).isEqualTo("Giay-chung-nhan-Do-Thi-Anh-2025");
        assertThat(Certificates.safe("215/QĐ-BTP")).isEqualTo("215-QD-BTP");
    }
}
