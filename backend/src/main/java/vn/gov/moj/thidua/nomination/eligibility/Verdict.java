package vn.gov.moj.thidua.nomination.eligibility;

/** A rule's answer for one nomination. */
public enum Verdict {
    PASS,
    FAIL,
    /** The records do not settle it: a document or a record must be added. */
    NEEDS_EVIDENCE
}
