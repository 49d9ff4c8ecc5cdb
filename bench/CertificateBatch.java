// Issue 17's certificate figure without the HTTP and database around it: renders N certificates (Bằng khen template,
// Vietnamese names) with the backend's own PdfRenderer (Qute + openhtmltopdf + DejaVu fonts, as GET
// /decisions/{id}/certificates does for each awardee) and merges them into one PDF with PDFBox (as CertificatePdf.merge).
//   ./mvnw -q -pl backend package -DskipTests   (target/classes and target/dev-classpath.txt)
//   java -cp "backend/target/classes:$(cat backend/target/dev-classpath.txt)" bench/CertificateBatch.java [N] [WARMUP] [per-page|one-document]
// per-page: one HTML document and one PDF per awardee, then a PDFBox merge (the server before issue 17's fix; still
// the ZIP's way). one-document: PdfRenderer.renderPages, every awardee's filled template in ONE document (fonts loaded
// and laid out once), which GET /decisions/{id}/certificates now does for each run of one form.
// Prints one JSON line: mode, pages, render seconds, merge seconds, total, pages/s, output size.
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.gov.moj.thidua.common.document.PdfRenderer;
import vn.gov.moj.thidua.common.document.PrintAnchor;

public class CertificateBatch {

    /** The fields of the certificate templates (CertificatePdf.Page). */
    public record Page(String formTitle, String grantor, String awardee, String unit, String awardName, String achievement,
            String decisionNumber, String decisionDate, String placeAndDate, String signerTitle, String signer, String revoked) {
    }

    static final String[] NAMES = { "Nguyễn Thị Hồng Nhung", "Trần Văn Bình", "Lê Thị Thu Hường", "Phạm Quốc Đạt", "Hoàng Ngọc Ánh" };

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean one = args.length > 2 && args[2].equals("one-document");
        java.util.logging.LogManager.getLogManager().reset(); // openhtmltopdf's INFO lines for every document
        PrintAnchor anchor = new PrintAnchor("0123456789abcdef".repeat(4), Instant.now());
        for (int i = 0; i < warmup; i++) {
            render(i, anchor);
        }
        long t0 = System.nanoTime();
        List<byte[]> pages = new ArrayList<>();
        byte[] merged;
        long t1;
        if (one) {
            List<Page> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(page(i));
            }
            merged = PdfRenderer.renderPages("nomination/certificates/bang-khen.html", all, anchor);
            t1 = System.nanoTime();
        } else {
            for (int i = 0; i < n; i++) {
                pages.add(render(i, anchor));
            }
            t1 = System.nanoTime();
            merged = merge(pages);
        }
        long t2 = System.nanoTime();
        double render = (t1 - t0) / 1e9, mergeS = (t2 - t1) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "{\"mode\":\"%s\",\"pages\":%d,\"renderSeconds\":%.2f,\"mergeSeconds\":%.2f,\"totalSeconds\":%.2f,\"pagesPerSecond\":%.1f,\"bytes\":%d}%n",
                one ? "one-document" : "per-page", n, render, mergeS, render + mergeS, n / (render + mergeS), merged.length);
    }

    static byte[] render(int i, PrintAnchor anchor) {
        return PdfRenderer.render("nomination/certificates/bang-khen.html", page(i), anchor);
    }

    static Page page(int i) {
        return new Page("Bằng khen", "BỘ TRƯỞNG BỘ TƯ PHÁP", "Ông/Bà " + NAMES[i % NAMES.length] + " " + (i + 1),
                "Sở Tư pháp tỉnh Lào Cai", "Bằng khen của Bộ trưởng Bộ Tư pháp",
                "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025", "215/QĐ-BTP", "25/03/2026",
                "Hà Nội, ngày 25 tháng 03 năm 2026", "Bộ trưởng Bộ Tư pháp", "Nguyễn Hải Ninh", null);
    }

    static byte[] merge(List<byte[]> pdfs) throws Exception {
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
        }
    }
}
