package vn.gov.moj.thidua.voting;

/** A voter's mark for one candidate: đồng ý, không đồng ý, không biểu quyết. */
public enum Choice {
    YES, NO, ABSTAIN
}
