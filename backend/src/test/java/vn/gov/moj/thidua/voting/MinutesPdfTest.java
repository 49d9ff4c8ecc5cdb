package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.catalog.Fraction;

/** The minutes layout without Quarkus: long lists flow onto new pages, odd characters never break it. */
class MinutesPdfTest {

    @Test
    void aCouncilReviewWithManyCandidatesFlowsOverPagesAndKeepsItsText() throws Exception {
        VotingSession s = new VotingSession();
        s.purpose = VotingPurpose.COUNCIL_REVIEW;
        s.title = "Hội đồng Thi đua - Khen thưởng ngành Tư pháp xét Huân chương Lao động 🏅";
        s.sessionDate = LocalDate.of(2026, 11, 20);
        s.place = "Hà Nội";
        s.quorum = "2/3";
        s.threshold = "9/10";
        s.base = VoteBase.ALL_MEMBERS;
        s.seats = 40;
        s.maxChoices = 40;
        s.abstainAllowed = true;
        s.secret = true;
        s.round = 1;
        Map<UUID, TallyPolicy.Counts> counts = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            Candidate c = new Candidate(CandidateKind.NOMINATION, new UUID(1, i), "Hồ sơ đề nghị số " + i + " của Sở Tư pháp tỉnh Điện Biên\u0007");
            s.candidates.add(c);
            counts.put(c.ref(), new TallyPolicy.Counts(10 + i % 5, 4 - i % 5, 0));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            s.electorate.add(new Voter("hd" + i, "Thành viên Hội đồng " + i));
            s.present.add("hd" + i);
            names.add("Thành viên Hội đồng " + i);
        }
        s.result = TallyPolicy.tally(s.candidates, counts, Fraction.parse("9/10"), VoteBase.ALL_MEMBERS, 40,
                new TallyPolicy.Attendance(14, 14, 14, 0), false);

        byte[] pdf = MinutesPdf.of(s, new MinutesPdf.Context("Bộ Tư pháp", null, null, names, List.of()), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/minutes-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NGÀNH TƯ PHÁP", "Huân chương Lao động ?", "BIÊN BẢN KIỂM PHIẾU", "ngày 20 tháng 11 năm 2026",
                    "Hồ sơ đề nghị số 39 của Sở Tư pháp tỉnh Điện Biên 14", "từ 9/10 tổng số thành viên trở lên (14)", "CHỦ TRÌ");
            assertThat(new PDFTextStripper().getText(doc).lines().map(String::strip).toList()).as("each line as written, every diacritic")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 20 tháng 11 năm 2026",
                            "I. THÀNH PHẦN", "II. NGUYÊN TẮC BỎ PHIẾU", "III. KẾT QUẢ KIỂM PHIẾU",
                            "Tổng số thành viên: 14; có mặt: 14; vắng mặt: 0.", "Hình thức: bỏ phiếu kín, phiếu điện tử.",
                            "Các ứng viên trúng cử (16/40 suất):", "1. Hồ sơ đề nghị số 4 của Sở Tư pháp tỉnh Điện Biên — 14/14 phiếu đồng ý (100%)",
                            "Biên bản được lập xong lúc kết thúc kiểm phiếu, đã thông qua tại cuộc họp.", "TRƯỞNG BAN KIỂM PHIẾU");
            // 13 of 14 meets 9/10 (12.6); 12 does not.
            assertThat(s.result.candidates().stream().filter(Tally.CandidateResult::elected)).hasSize(16);
        }
    }
}
