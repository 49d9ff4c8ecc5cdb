package vn.gov.moj.thidua.voting;

import vn.gov.moj.thidua.common.export.CsvWriter;

/** The result table of the minutes as CSV (UTF-8 with BOM so spreadsheet programs read the accents). */
final class MinutesCsv {

    private MinutesCsv() {
    }

    static String of(VotingSession session) {
        CsvWriter csv = new CsvWriter(CsvWriter.LF);
        Tally t = session.result;
        csv.cells("Phiên", session.title).endRow();
        csv.cells("Vòng", session.round).endRow();
        csv.cells("Tổng số thành viên", t.electorate()).endRow();
        csv.cells("Có mặt", t.present()).endRow();
        csv.cells("Phiếu hợp lệ", t.ballotsCounted()).endRow();
        csv.cells("Phiếu không hợp lệ", t.invalidBallots()).endRow();
        csv.cells("Tỷ lệ yêu cầu", session.threshold + " " + MinutesText.base(session.base)).endRow();
        csv.endRow();
        csv.cells("Thứ hạng", "Ứng viên", "Đồng ý", "Không đồng ý", "Không biểu quyết", "Tỷ lệ đồng ý", "Đạt", "Trúng cử",
                "Bằng phiếu ở suất cuối").endRow();
        for (Tally.CandidateResult c : t.candidates()) {
            csv.cells(c.rank(), c.label(), c.yes(), c.no(), c.abstain(), MinutesText.percent(c.yes(), t.baseCount()),
                    yesNo(c.passed()), yesNo(c.elected()), yesNo(c.tiedForLastSeat())).endRow();
        }
        return csv.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }
}
