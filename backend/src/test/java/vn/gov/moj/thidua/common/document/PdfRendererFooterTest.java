package vn.gov.moj.thidua.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every generated PDF prints the audit chain's head in a footer line, on every page, whatever the template. */
public class PdfRendererFooterTest {

    /** An anchor for document tests: a recognisable hash and a fixed time (10:15:00 in Hà Nội). */
    public static final PrintAnchor ANCHOR = new PrintAnchor("0123456789abcdef".repeat(4), Instant.parse("2026-12-03T03:15:00Z"));

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theFooterLineCarriesTheHeadHashAndTheTimeItWasTaken() throws Exception {
        String line = ANCHOR.line();
        assertThat(line).isEqualTo("Nhật ký kiểm toán: " + ANCHOR.headHash() + " (lúc 10:15:00 03/12/2026)");
        record Data(String title) {
        }
        byte[] pdf = PdfRenderer.render("test/footer.html", new Data("Biên bản thử"), ANCHOR);
        String text = text(pdf);
        assertThat(text).contains("Biên bản thử").contains(line);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (int page = 1; page <= 2; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page %d", page).contains(ANCHOR.headHash());
            }
        }
    }

    @Test
    void anEmptyTrailIsSaidSoAndAForeignQuoteCannotBreakTheStyle() {
        assertThat(new PrintAnchor(null, ANCHOR.takenAt()).line()).contains("(chưa có sự kiện)");
        String html = PdfRenderer.withFooter("<html><head><style>p{}</style></head><body/></html>", new PrintAnchor("a\"b\\c", ANCHOR.takenAt()));
        assertThat(html).contains("@bottom-center").contains("abc").doesNotContain("a\"b").endsWith("</head><body/></html>");
        assertThat(PdfRenderer.withFooter("<p/>", ANCHOR)).isEqualTo("<p/>");
    }
}
