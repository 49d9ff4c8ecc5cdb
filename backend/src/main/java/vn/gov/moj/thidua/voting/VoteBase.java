package vn.gov.moj.thidua.voting;

/** What the threshold is measured against. */
public enum VoteBase {
    /** Every member of the electorate, present or not. */
    ALL_MEMBERS,
    /** The members recorded present at opening. */
    PRESENT,
    /** The valid ballots counted. */
    VOTES_CAST
}
