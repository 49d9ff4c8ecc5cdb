package vn.gov.moj.thidua.voting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Biên bản kiểm phiếu in Vietnamese administrative layout (national heading, place and date, attendance, rules,
 * results, the elected, signatures), A4, with DejaVu Serif embedded from the jar for Vietnamese glyphs.
 */
final class MinutesPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    /** What the minutes need beyond the session itself. */
    record Context(String issuer, String clusterName, String awardTypeName, List<String> presentNames, List<String> absentNames) {
    }

    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream out;
    private float y;
    /** The table's header row, repeated at the top of a page the table flows onto. */
    private String[] tableHeader;

    private MinutesPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font(doc, "/fonts/DejaVuSerif.ttf");
        this.bold = font(doc, "/fonts/DejaVuSerif-Bold.ttf");
        newPage();
    }

    static byte[] of(VotingSession session, Context context) {
        try (PDDocument doc = new PDDocument()) {
            MinutesPdf pdf = new MinutesPdf(doc);
            pdf.write(session, context);
            pdf.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(VotingSession s, Context c) throws IOException {
        Tally t = s.result;
        // Heading: issuing body on the left, national heading on the right.
        float top = y;
        float leftCentre = MARGIN + 110;
        float rightCentre = WIDTH - MARGIN - 150;
        centredAt(c.issuer().toUpperCase(), regular, 10, leftCentre);
        List<String> body = wrap(c.clusterName() == null ? "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NGÀNH TƯ PHÁP" : c.clusterName().toUpperCase(),
                bold, 10, 220);
        for (String line : body) {
            centredAt(line, bold, 10, leftCentre);
        }
        float leftBottom = y;
        y = top;
        centredAt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 11, rightCentre);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        centredAt(motto, bold, 12, rightCentre);
        float mottoWidth = width(motto, bold, 12);
        out.moveTo(rightCentre - mottoWidth / 2, y + 11);
        out.lineTo(rightCentre + mottoWidth / 2, y + 11);
        out.stroke();
        y = Math.min(y, leftBottom) - 8;
        String date = s.sessionDate.getDayOfMonth() + " tháng " + s.sessionDate.getMonthValue() + " năm " + s.sessionDate.getYear();
        centredAt((s.place == null ? "" : s.place + ", ") + "ngày " + date, regular, 11, rightCentre);
        y -= 14;

        centredAt("BIÊN BẢN KIỂM PHIẾU", bold, 15, WIDTH / 2);
        for (String line : wrap(s.title, bold, 12, WIDTH - 2 * MARGIN)) {
            centredAt(line, bold, 12, WIDTH / 2);
        }
        centredAt("(Vòng " + s.round + ")", regular, 11, WIDTH / 2);
        y -= 8;

        paragraph("Hôm nay, ngày " + date + (s.place == null ? "" : ", tại " + s.place) + ", "
                + (s.purpose == VotingPurpose.CLUSTER_ELECTION ? "các đơn vị thành viên " + nvl(c.clusterName()) + " tổ chức bỏ phiếu suy tôn"
                        : "Hội đồng Thi đua - Khen thưởng ngành Tư pháp tổ chức bỏ phiếu")
                + (c.awardTypeName() == null ? "." : " đề nghị tặng " + c.awardTypeName() + "."));
        heading("I. THÀNH PHẦN");
        paragraph("Tổng số thành viên: " + t.electorate() + "; có mặt: " + t.present() + "; vắng mặt: " + (t.electorate() - t.present()) + ".");
        if (c.presentNames().size() <= 60) {
            paragraph("Có mặt: " + String.join("; ", c.presentNames()) + ".");
            if (!c.absentNames().isEmpty()) {
                paragraph("Vắng mặt: " + String.join("; ", c.absentNames()) + ".");
            }
        }
        heading("II. NGUYÊN TẮC BỎ PHIẾU");
        paragraph("Hình thức: " + (s.secret ? "bỏ phiếu kín" : "biểu quyết công khai (ghi tên)") + ", "
                + (t.paper() ? "phiếu giấy (kết quả do Ban kiểm phiếu nhập)" : "phiếu điện tử") + ".");
        paragraph("Số thành viên có mặt tối thiểu: " + s.quorum + " tổng số thành viên. Ứng viên đạt khi số phiếu đồng ý từ "
                + s.threshold + " " + MinutesText.base(s.base) + " trở lên (" + t.baseCount() + "). Số suất: " + s.seats
                + "; mỗi phiếu đồng ý tối đa " + s.maxChoices + " ứng viên"
                + (s.purpose == VotingPurpose.CLUSTER_ELECTION ? (s.selfVoteAllowed ? "; đơn vị được bỏ phiếu cho chính mình" : "; đơn vị không bỏ phiếu cho chính mình") : "")
                + ".");
        heading("III. KẾT QUẢ KIỂM PHIẾU");
        if (t.paper() && s.paper != null) {
            paragraph("Số phiếu phát ra: " + s.paper.ballotsIssued() + "; số phiếu thu về: " + s.paper.ballotsReceived() + "; số phiếu hợp lệ: "
                    + s.paper.validBallots() + "; số phiếu không hợp lệ: " + s.paper.invalidBallots() + ".");
        } else {
            paragraph("Số phiếu thu về: " + t.ballotsCounted() + "; số phiếu hợp lệ: " + t.ballotsCounted() + ".");
        }
        float[] columns = { 28, 190, 52, 52, 52, 60, 62 };
        tableHeader = new String[] { "TT", "Ứng viên", "Đồng ý", "Không đồng ý", "Không BQ", "Tỷ lệ", "Kết quả" };
        row(columns, bold, tableHeader);
        int n = 1;
        for (Tally.CandidateResult r : t.candidates()) {
            row(columns, regular, String.valueOf(n++), r.label(), String.valueOf(r.yes()), String.valueOf(r.no()), String.valueOf(r.abstain()),
                    MinutesText.percent(r.yes(), t.baseCount()),
                    r.elected() ? "Trúng cử" : r.tiedForLastSeat() ? "Bằng phiếu" : r.passed() ? "Đạt" : "Không đạt");
        }
        tableHeader = null;
        y -= 6;
        List<Tally.CandidateResult> elected = t.candidates().stream().filter(Tally.CandidateResult::elected).toList();
        if (elected.isEmpty()) {
            paragraph("Không có ứng viên nào trúng cử.");
        } else {
            paragraph("Các ứng viên trúng cử (" + elected.size() + "/" + s.seats + " suất):", bold);
            int i = 1;
            for (Tally.CandidateResult r : elected) {
                paragraph((i++) + ". " + r.label() + " — " + r.yes() + "/" + t.baseCount() + " phiếu đồng ý ("
                        + MinutesText.percent(r.yes(), t.baseCount()) + ")");
            }
        }
        if (t.tieForLastSeat()) {
            paragraph("Có ứng viên bằng số phiếu ở suất cuối cùng: cần bỏ phiếu vòng tiếp theo giữa các ứng viên bằng phiếu.", bold);
        }
        paragraph("Biên bản được lập xong lúc kết thúc kiểm phiếu, đã thông qua tại cuộc họp.");
        y -= 16;
        ensure(90);
        float third = (WIDTH - 2 * MARGIN) / 3;
        float signTop = y;
        String[] roles = { "TRƯỞNG BAN KIỂM PHIẾU", "THƯ KÝ", "CHỦ TRÌ" };
        for (int k = 0; k < 3; k++) {
            y = signTop;
            centredAt(roles[k], bold, 10, MARGIN + third * k + third / 2);
            centredAt("(Ký, ghi rõ họ tên)", regular, 9, MARGIN + third * k + third / 2);
        }
        if (t.paper() && s.paper != null) {
            y -= 60;
            paragraph("Kết quả phiếu giấy do " + s.paper.enteredByName() + " (" + s.paper.enteredBy() + ") nhập vào hệ thống.");
        }
    }

    // --- layout -------------------------------------------------------------------------------------------

    private void heading(String text) throws IOException {
        y -= 4;
        paragraph(text, bold);
    }

    private void paragraph(String text) throws IOException {
        paragraph(text, regular);
    }

    private void paragraph(String text, PDType0Font font) throws IOException {
        for (String line : wrap(text, font, 11, WIDTH - 2 * MARGIN)) {
            ensure(16);
            show(line, font, 11, MARGIN);
            y -= 15;
        }
    }

    private void row(float[] widths, PDType0Font font, String... cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(cells[i], font, 9, widths[i] - 6);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * 12 + 6;
        if (y - height - 2 < MARGIN && tableHeader != null && cells != tableHeader) {
            out.close();
            newPage();
            row(widths, bold, tableHeader);
        }
        ensure(height + 2);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            out.addRect(x, y - height + 10, widths[i], height);
            out.stroke();
            float ly = y;
            for (String line : wrapped.get(i)) {
                float saved = y;
                y = ly;
                show(line, font, 9, x + 3);
                y = saved;
                ly -= 12;
            }
            x += widths[i];
        }
        y -= height;
    }

    private void centredAt(String text, PDType0Font font, float size, float centre) throws IOException {
        ensure(size + 6);
        show(text, font, size, centre - width(text, font, size) / 2);
        y -= size + 5;
    }

    private void show(String text, PDType0Font font, float size, float x) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(clean(text, font));
        out.endText();
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN) {
            out.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.5f);
        y = HEIGHT - MARGIN;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(clean(text, font)) / 1000 * size;
    }

    /** Control characters are dropped and characters the font cannot draw (emoji) become '?', never an error. */
    private static String clean(String text, PDType0Font font) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | RuntimeException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : nvl(text).replace('\n', ' ').replace('\t', ' ').split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= max || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String nvl(String text) {
        return text == null ? "" : text;
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            return PDType0Font.load(doc, in);
        }
    }
}
