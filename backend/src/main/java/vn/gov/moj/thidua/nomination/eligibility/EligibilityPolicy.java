package vn.gov.moj.thidua.nomination.eligibility;

/** One named rule of the law, pure: the same case and parameters always give the same result. */
public interface EligibilityPolicy {

    String ruleId();

    String legalSource();

    boolean appliesTo(NominationCase nomination);

    RuleResult evaluate(NominationCase nomination, RuleParameters parameters);

    default RuleResult pass(String why) {
        return new RuleResult(ruleId(), Verdict.PASS, why, legalSource());
    }

    default RuleResult fail(String why) {
        return new RuleResult(ruleId(), Verdict.FAIL, why, legalSource());
    }

    default RuleResult needsEvidence(String why) {
        return new RuleResult(ruleId(), Verdict.NEEDS_EVIDENCE, why, legalSource());
    }
}
