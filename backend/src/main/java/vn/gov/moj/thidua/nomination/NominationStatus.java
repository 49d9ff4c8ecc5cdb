package vn.gov.moj.thidua.nomination;

/** Where a dossier (hồ sơ đề nghị) stands; see {@link NominationWorkflow}. */
public enum NominationStatus {
    DRAFT, SUBMITTED, RECEIVED, APPRAISING, RETURNED, ON_AGENDA, PUBLIC_COMMENT, COUNCIL_VOTED, APPROVED, REJECTED, DECIDED,
    REVOKED,
    /** Withdrawn by its unit before the council voted, or a stale draft discarded by the secretariat; counts for nothing. */
    WITHDRAWN
}
