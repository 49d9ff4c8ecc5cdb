package vn.gov.moj.thidua.voting;

/** What a session decides. */
public enum VotingPurpose {
    /** A cluster elects (suy tôn) units for an award; each member unit's head casts the unit's ballot. */
    CLUSTER_ELECTION,
    /** The sector council (Hội đồng TĐKT ngành) votes on candidates; named members vote. */
    COUNCIL_REVIEW
}
