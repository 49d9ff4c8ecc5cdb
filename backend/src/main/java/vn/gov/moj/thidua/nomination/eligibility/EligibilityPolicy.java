package vn.gov.moj.thidua.nomination.eligibility;

import java.util.Arrays;
import java.util.Set;

/**
 * One named rule of the law, pure: the same case and parameters always give the same result. Its name, legal
 * source and explanations live in the text catalogue ({@link EligibilityTexts}) under its rule id.
 */
public interface EligibilityPolicy {

    String ruleId();

    /**
     * The award codes whose criteria this rule is; empty for a rule every dossier meets (pending cases, one
     * achievement, evidence...).
     */
    Set<String> awardCodes();

    boolean appliesTo(NominationCase nomination);

    RuleResult evaluate(NominationCase nomination, RuleParameters parameters);

    default RuleResult pass(String reason, Object... facts) {
        return new RuleResult(ruleId(), Verdict.PASS, reason, Arrays.asList(facts));
    }

    default RuleResult fail(String reason, Object... facts) {
        return new RuleResult(ruleId(), Verdict.FAIL, reason, Arrays.asList(facts));
    }

    default RuleResult needsEvidence(String reason, Object... facts) {
        return new RuleResult(ruleId(), Verdict.NEEDS_EVIDENCE, reason, Arrays.asList(facts));
    }
}
