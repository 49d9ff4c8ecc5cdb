package vn.gov.moj.thidua.common.signature;

/** What the validator said about an uploaded PDF that is not a produced document (a dossier's tờ trình). */
public enum SignatureStatus {
    /** A PDF without a digital signature. */
    UNSIGNED,
    /** Every signature intact, under the trust list, not revoked, valid at signing time (DSS TOTAL_PASSED). */
    VALID,
    /** Intact, but untrusted, revoked, expired or not passed: the reason is kept. */
    INVALID
}
