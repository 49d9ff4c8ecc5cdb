package vn.gov.moj.thidua.nomination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.gov.moj.thidua.common.document.PdfRenderer;
import vn.gov.moj.thidua.common.document.PrintAnchor;

/**
 * An award's certificate (Bằng khen, Giấy khen, Giấy chứng nhận) as PDF, from its form's template; the wording
 * computed here, the layout in the template, so the secretariat's IT adjusts a form without Java.
 */
final class CertificatePdf {

    /**
     * The template's data.
     *
     * @param grantor who grants it, as the certificate's opening line, e.g. "BỘ TRƯỞNG BỘ TƯ PHÁP"
     * @param revoked the revocation grounds when the award is revoked, else null (the certificate is then marked)
     */
    public record Page(String formTitle, String grantor, String awardee, String unit, String awardName,
            String achievement, String decisionNumber, String decisionDate, String placeAndDate, String signerTitle, String signer,
            String revoked) {
    }

    private CertificatePdf() {
    }

    static byte[] render(CertificateForm form, Page page, PrintAnchor anchor) {
        return PdfRenderer.render(form.template, page, anchor);
    }

    /** Several certificates of one form as one document, a page (or more) each, in order. */
    static byte[] renderAll(CertificateForm form, List<Page> pages, PrintAnchor anchor) {
        return PdfRenderer.renderPages(form.template, pages, anchor);
    }

    /** "Hà Nội, ngày 25 tháng 03 năm 2026". */
    static String placeAndDate(String place, LocalDate date) {
        return "%s, ngày %02d tháng %02d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Several certificates as one PDF, a page (or more) each, in order. */
    static byte[] merge(List<byte[]> pdfs) {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument out = new PDDocument()) {
            for (byte[] pdf : pdfs) {
                try (PDDocument part = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
                    merger.appendDocument(out, part);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
