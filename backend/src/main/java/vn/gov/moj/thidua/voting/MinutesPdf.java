package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import vn.gov.moj.thidua.common.document.PdfRenderer;
import vn.gov.moj.thidua.common.document.PrintAnchor;

/**
 * Biên bản kiểm phiếu in Vietnamese administrative layout (national heading, place and date, attendance, rules,
 * results, the elected, signatures), A4: the wording of a session here, the layout in {@code templates/voting/minutes.html}.
 */
final class MinutesPdf {

    static final String TEMPLATE = "voting/minutes.html";

    /** What the minutes need beyond the session itself. */
    record Context(String issuer, String clusterName, String awardTypeName, List<String> presentNames, List<String> absentNames) {
    }

    /** The template's data; lists of names are left out (null) when they would not fit a page (over 60 present). */
    public record Page(String issuer, String body, String placeDate, String title, int round, String opening, int electorate,
            int present, int absent, String presentList, String absentList, String form, String rules, String ballots,
            List<Row> rows, List<String> elected, int seats, boolean tie, String paperNote, String bulletinNote, List<String> recusals) {
    }

    /** One candidate's line of the result table. */
    public record Row(int no, String label, long yes, long against, long abstain, String percent, String result) {
    }

    private MinutesPdf() {
    }

    static byte[] of(VotingSession session, Context context, PrintAnchor anchor) {
        return PdfRenderer.render(TEMPLATE, page(session, context), anchor);
    }

    static Page page(VotingSession s, Context c) {
        Tally t = s.result;
        String date = s.sessionDate.getDayOfMonth() + " tháng " + s.sessionDate.getMonthValue() + " năm " + s.sessionDate.getYear();
        String opening = "Hôm nay, ngày " + date + (s.place == null ? "" : ", tại " + s.place) + ", "
                + (s.purpose == VotingPurpose.CLUSTER_ELECTION ? "các đơn vị thành viên " + nvl(c.clusterName()) + " tổ chức bỏ phiếu suy tôn"
                        : "Hội đồng Thi đua - Khen thưởng ngành Tư pháp tổ chức bỏ phiếu")
                + (c.awardTypeName() == null ? "." : " đề nghị tặng " + c.awardTypeName() + ".");
        boolean listNames = c.presentNames().size() <= 60;
        String form = (s.secret ? "bỏ phiếu kín" : "biểu quyết công khai (ghi tên)") + ", "
                + (t.paper() ? "phiếu giấy (kết quả do Ban kiểm phiếu nhập)" : "phiếu điện tử");
        String rules = "Số thành viên có mặt tối thiểu: " + s.quorum + " tổng số thành viên. Ứng viên đạt khi số phiếu đồng ý từ "
                + s.threshold + " " + MinutesText.base(s.base) + " trở lên (" + t.baseCount() + "). Số suất: " + s.seats
                + "; mỗi phiếu đồng ý tối đa " + s.maxChoices + " ứng viên"
                + (s.purpose == VotingPurpose.CLUSTER_ELECTION ? (s.selfVoteAllowed ? "; đơn vị được bỏ phiếu cho chính mình" : "; đơn vị không bỏ phiếu cho chính mình") : "")
                + ".";
        boolean paper = t.paper() && s.paper != null;
        String ballots = paper
                ? "Số phiếu phát ra: " + s.paper.ballotsIssued() + "; số phiếu thu về: " + s.paper.ballotsReceived() + "; số phiếu hợp lệ: "
                        + s.paper.validBallots() + "; số phiếu không hợp lệ: " + s.paper.invalidBallots() + "."
                : "Số phiếu thu về: " + t.ballotsCounted() + "; số phiếu hợp lệ: " + t.ballotsCounted() + ".";
        List<Row> rows = new ArrayList<>();
        List<String> elected = new ArrayList<>();
        Map<UUID, Tally.ItemFigures> items = new HashMap<>();
        if (t.recusedItems() != null) {
            t.recusedItems().forEach(f -> items.put(f.ref(), f));
        }
        for (Tally.CandidateResult r : t.candidates()) {
            long base = items.containsKey(r.ref()) ? items.get(r.ref()).baseCount() : t.baseCount();
            String percent = MinutesText.percent(r.yes(), base);
            rows.add(new Row(rows.size() + 1, r.label(), r.yes(), r.no(), r.abstain(), percent,
                    r.elected() ? "Trúng cử" : r.tiedForLastSeat() ? "Bằng phiếu" : r.passed() ? "Đạt" : "Không đạt"));
            if (r.elected()) {
                elected.add(r.label() + " — " + r.yes() + "/" + base + " phiếu đồng ý (" + percent + ")");
            }
        }
        return new Page(c.issuer().toUpperCase(Locale.ROOT),
                c.clusterName() == null ? "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NGÀNH TƯ PHÁP" : c.clusterName().toUpperCase(Locale.ROOT),
                (s.place == null ? "" : s.place + ", ") + "ngày " + date, s.title, s.round, opening, t.electorate(), t.present(),
                t.electorate() - t.present(), listNames ? String.join("; ", c.presentNames()) : null,
                listNames && !c.absentNames().isEmpty() ? String.join("; ", c.absentNames()) : null, form, rules, ballots, rows,
                elected, s.seats, t.tieForLastSeat(),
                paper ? "Kết quả phiếu giấy do " + s.paper.enteredByName() + " (" + s.paper.enteredBy() + ") nhập vào hệ thống." : null,
                bulletinNote(s), recusals(s, items));
    }

    /** One line per item some members stood aside from: who, why, and the item's own figures. */
    static List<String> recusals(VotingSession s, Map<UUID, Tally.ItemFigures> items) {
        List<String> lines = new ArrayList<>();
        for (Candidate c : s.candidates) {
            List<String> names = s.recusals.stream().filter(r -> r.candidateRef().equals(c.ref()))
                    .map(r -> r.voterLabel() + " (" + MinutesText.recusal(r) + ")").toList();
            if (names.isEmpty()) {
                continue;
            }
            Tally.ItemFigures f = items.get(c.ref());
            lines.add(c.label() + ": " + String.join("; ", names) + (f == null ? "." : ". Số thành viên tham gia biểu quyết: " + f.electorate()
                    + ", có mặt: " + f.present() + (f.quorumMet() ? "" : " — không đủ số thành viên có mặt tối thiểu") + "."));
        }
        return lines;
    }

    /** Binds paper and electronic records: the SHA-256 of the published bulletin of an encrypted session. */
    static String bulletinNote(VotingSession s) {
        if (!s.encrypted) {
            return null;
        }
        String note = "Phiếu được mã hóa trên thiết bị của người bỏ phiếu; chỉ tổng số phiếu được giải mã.";
        if (s.bulletinSha256 == null) {
            return note + " Bảng công bố (bulletin) được lập khi công bố kết quả.";
        }
        return note + " Mã SHA-256 của bảng công bố (bulletin): " + s.bulletinSha256.replaceAll("(.{16})(?!$)", "$1 ") + ".";
    }

    private static String nvl(String text) {
        return text == null ? "" : text;
    }
}
