package vn.gov.moj.thidua.voting;

/** Electronic ballots cast through the API, or paper ballots counted in the room and entered as totals. */
public enum BallotMode {
    ELECTRONIC, PAPER
}
