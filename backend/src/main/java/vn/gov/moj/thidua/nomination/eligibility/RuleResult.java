package vn.gov.moj.thidua.nomination.eligibility;

/** One rule's verdict, why, and the legal text it comes from. */
public record RuleResult(String ruleId, Verdict verdict, String explanation, String legalSource) {

    public boolean blocks() {
        return verdict == Verdict.FAIL;
    }
}
