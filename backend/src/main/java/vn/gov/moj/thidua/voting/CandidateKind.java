package vn.gov.moj.thidua.voting;

public enum CandidateKind {
    UNIT, PERSON, NOMINATION
}
