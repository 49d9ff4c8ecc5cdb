package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.voting.PublishedOutcome;

/** The one engine: its list of rules, which awards have criteria of their own, and the flag rule judged inside it. */
class EligibilityEngineTest {

    private final EligibilityEngine engine = EligibilityEngine.standard();

    @Test
    void theStandardEngineRunsTheOneListInItsOrder() {
        assertThat(engine.ruleIds()).containsExactly("R-LDTT", "R-CSTDCS", "R-CSTDCS-QUOTA", "R-CSTD-BO", "R-CSTDTQ", "R-TTLDTT", "R-TTLDXS",
                "R-BK-BO(d)", "R-BK-TTG(b)", "R-INIT", "R-ONE-ACHIEVEMENT", "R-BLOCK", "R-EVIDENCE", "R-STATE-PER-YEAR", "R-CO-NGANH", "R-CO-CP");
        assertThat(engine.ruleIds()).isEqualTo(EligibilityPolicies.standard().stream().map(EligibilityPolicy::ruleId).toList());
    }

    @Test
    void theAwardsWithCriteriaOfTheirOwnAreThoseThePoliciesDeclare() {
        for (String code : List.of(AwardCode.LDTT, AwardCode.CSTDCS, AwardCode.CSTD_NGANH, AwardCode.CSTDTQ, AwardCode.TTLDTT, AwardCode.TTLDXS,
                AwardCode.CO_NGANH, AwardCode.CO_CHINH_PHU, AwardCode.BK_BO, AwardCode.BK_TTG)) {
            assertThat(engine.hasCriteriaFor(code)).as(code).isTrue();
        }
        assertThat(engine.hasCriteriaFor("HCLD_3")).isFalse();
        assertThat(engine.hasCriteriaFor("GIAY_KHEN")).isFalse();
    }

    private static NominationCase flag(String award, NominationCase.ClusterElection election) {
        return new NominationCase(award, 2025, null, new CollectiveRecord(10, 10, 10, 1, 0, List.of()), null, List.of(), null, election);
    }

    @Test
    void theClusterElectionIsJudgedInsideTheEngineAndCountsInTheOverallVerdict() {
        UUID unit = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        var elected = new PublishedOutcome(session, "CLUSTER_ELECTION", null, null, null, 1, Instant.EPOCH,
                List.of(new PublishedOutcome.CandidateOutcome("UNIT", unit, "Cục", 10, 0, 0, true, true)));
        var passing = engine.check(flag(AwardCode.CO_NGANH,
                new NominationCase.ClusterElection(null, null, unit, session, Optional.of(elected), 1)), RuleParameters.defaults());
        assertThat(passing.results()).extracting(RuleResult::ruleId).containsExactly("R-BLOCK", "R-CO-NGANH");
        assertThat(passing.overall()).isEqualTo(Verdict.PASS);
        assertThat(passing.results().get(1).explanation(EligibilityTexts.VI)).isEqualTo("Được Cụm suy tôn (10 phiếu đồng ý); Cụm đề nghị 1/1 cờ");

        var overQuota = engine.check(flag(AwardCode.CO_CHINH_PHU,
                new NominationCase.ClusterElection(null, null, unit, session, Optional.of(elected), 2)), RuleParameters.defaults());
        assertThat(overQuota.results()).extracting(RuleResult::ruleId).containsExactly("R-BLOCK", "R-CO-CP");
        assertThat(overQuota.overall()).isEqualTo(Verdict.FAIL);

        var noSession = engine.check(flag(AwardCode.CO_NGANH,
                new NominationCase.ClusterElection(null, null, unit, null, Optional.empty(), 1)), RuleParameters.defaults());
        assertThat(noSession.overall()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        // without a cluster election read (no nominee unit) the flag rule does not apply
        assertThat(engine.check(flag(AwardCode.CO_NGANH, null), RuleParameters.defaults()).results()).extracting(RuleResult::ruleId)
                .containsExactly("R-BLOCK");
    }
}
