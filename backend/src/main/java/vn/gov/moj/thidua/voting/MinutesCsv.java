package vn.gov.moj.thidua.voting;

/** The result table of the minutes as CSV (UTF-8 with BOM so spreadsheet programs read the accents). */
final class MinutesCsv {

    private MinutesCsv() {
    }

    static String of(VotingSession session) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("Phiên,").append(cell(session.title)).append('\n');
        out.append("Vòng,").append(session.round).append('\n');
        Tally t = session.result;
        out.append("Tổng số thành viên,").append(t.electorate()).append('\n');
        out.append("Có mặt,").append(t.present()).append('\n');
        out.append("Phiếu hợp lệ,").append(t.ballotsCounted()).append('\n');
        out.append("Phiếu không hợp lệ,").append(t.invalidBallots()).append('\n');
        out.append("Tỷ lệ yêu cầu,").append(cell(session.threshold + " " + MinutesText.base(session.base))).append('\n');
        out.append('\n');
        out.append("Thứ hạng,Ứng viên,Đồng ý,Không đồng ý,Không biểu quyết,Tỷ lệ đồng ý,Đạt,Trúng cử,Bằng phiếu ở suất cuối\n");
        for (Tally.CandidateResult c : t.candidates()) {
            out.append(c.rank()).append(',').append(cell(c.label())).append(',').append(c.yes()).append(',').append(c.no()).append(',')
                    .append(c.abstain()).append(',').append(cell(MinutesText.percent(c.yes(), t.baseCount()))).append(',')
                    .append(c.passed() ? "Có" : "Không").append(',').append(c.elected() ? "Có" : "Không").append(',')
                    .append(c.tiedForLastSeat() ? "Có" : "Không").append('\n');
        }
        return out.toString();
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
