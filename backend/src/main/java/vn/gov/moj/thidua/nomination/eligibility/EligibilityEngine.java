package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;

/** Runs every rule that applies to a nomination and sums them up: a FAIL blocks, else missing evidence, else PASS. */
public class EligibilityEngine {

    private final List<EligibilityPolicy> policies;

    public EligibilityEngine(List<EligibilityPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    public static EligibilityEngine standard() {
        return new EligibilityEngine(List.of(
                new LdttPolicy(), new CstdcsPolicy(), new CstdcsQuotaPolicy(), new CstdNganhPolicy(), new CstdtqPolicy(),
                new CollectiveTitlePolicy(AwardCode.TTLDTT), new CollectiveTitlePolicy(AwardCode.TTLDXS),
                new SectorFlagPolicy(), new MinisterCertificatePolicy(), new PrimeMinisterCertificatePolicy(),
                new InitiativeReusePolicy(), new PendingCasePolicy()));
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
