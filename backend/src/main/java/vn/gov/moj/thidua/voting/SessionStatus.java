package vn.gov.moj.thidua.voting;

public enum SessionStatus {
    DRAFT, OPEN, CLOSED, TALLIED, PUBLISHED
}
