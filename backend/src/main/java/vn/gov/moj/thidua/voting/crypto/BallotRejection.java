package vn.gov.moj.thidua.voting.crypto;

/** Why a ballot was refused; each reason has its text in the problem catalogue ({@code voting.encrypted.<key>}). */
public enum BallotRejection {
    WRONG_ROUND("wrong-round"),
    WRONG_CANDIDATES("wrong-candidates"),
    MALFORMED("malformed"),
    BAD_SELECTION_PROOF("bad-selection-proof"),
    BAD_SUM_PROOF("bad-sum-proof"),
    BAD_TOTAL_PROOF("bad-total-proof"),
    SELF_VOTE("self-vote");

    public final String key;

    BallotRejection(String key) {
        this.key = key;
    }
}
