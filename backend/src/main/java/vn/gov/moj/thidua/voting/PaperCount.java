package vn.gov.moj.thidua.voting;


/** The counting committee's totals of a paper ballot, as entered by the session's officer. */
public record PaperCount(int ballotsIssued, int ballotsReceived, int validBallots, int invalidBallots, String enteredBy,
        String enteredByName, String enteredAt) {
}
