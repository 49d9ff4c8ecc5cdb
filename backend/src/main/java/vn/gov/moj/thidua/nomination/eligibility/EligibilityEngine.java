package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;

/** Runs every rule that applies to a nomination and sums them up: a FAIL blocks, else missing evidence, else PASS. */
public class EligibilityEngine {

    private final List<EligibilityPolicy> policies;

    public EligibilityEngine(List<EligibilityPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** The engine over {@link EligibilityPolicies#standard()}. */
    public static EligibilityEngine standard() {
        return new EligibilityEngine(EligibilityPolicies.standard());
    }

    public List<String> ruleIds() {
        return policies.stream().map(EligibilityPolicy::ruleId).toList();
    }

    /** Whether some rule encodes the criteria of this award (not only the rules every dossier meets). */
    public boolean hasCriteriaFor(String awardCode) {
        return policies.stream().anyMatch(p -> p.awardCodes().contains(awardCode));
    }

    public Report check(NominationCase nomination, RuleParameters parameters) {
        List<RuleResult> results = policies.stream()
                .filter(p -> p.appliesTo(nomination))
                .map(p -> p.evaluate(nomination, parameters))
                .toList();
        Verdict overall = results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL) ? Verdict.FAIL
                : results.stream().anyMatch(r -> r.verdict() == Verdict.NEEDS_EVIDENCE) ? Verdict.NEEDS_EVIDENCE
                : Verdict.PASS;
        return new Report(overall, results);
    }

    public record Report(Verdict overall, List<RuleResult> results) {
    }
}
