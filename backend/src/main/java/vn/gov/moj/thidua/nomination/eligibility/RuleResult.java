package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rule's verdict and why: a reason of the text catalogue ({@link EligibilityTexts}) and the figures that decided
 * it, rendered in the reader's language only when shown.
 */
public record RuleResult(String ruleId, Verdict verdict, String reason, List<Object> facts) {

    public RuleResult {
        facts = facts.stream().map(f -> f == null ? (Object) "" : f).toList();
    }

    public boolean blocks() {
        return verdict == Verdict.FAIL;
    }

    /** The explanation in the reader's language; award codes are named from the catalogue. */
    public String explanation(Locale language) {
        return EligibilityTexts.explanation(this, language, Map.of());
    }
}
