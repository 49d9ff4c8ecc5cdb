package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * R-INIT — an initiative backs one proposal only, never both a title and an award form (CV 5007/BNV-TĐKT of
 * 05/9/2023).
 */
public class InitiativeReusePolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-INIT";
    }

    public Set<String> awardCodes() {
        return Set.of();
    }

    public boolean appliesTo(NominationCase c) {
        return c.person() != null && c.citedInitiatives() != null && !c.citedInitiatives().isEmpty();
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        List<UUID> cited = c.citedInitiatives();
        List<String> used = c.person().initiatives().stream()
                .filter(i -> cited.contains(i.id()) && i.alreadyUsed()).map(InitiativeFact::title).toList();
        List<UUID> unknown = cited.stream().filter(id -> c.person().initiatives().stream().noneMatch(i -> i.id().equals(id))).toList();
        if (!used.isEmpty()) {
            return fail("fail.used", used);
        }
        if (!unknown.isEmpty()) {
            return needsEvidence("evidence.unknown", unknown.size());
        }
        return pass("pass", cited.size());
    }
}
