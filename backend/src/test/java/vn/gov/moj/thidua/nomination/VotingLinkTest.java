package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.nomination.eligibility.AwardCode;
import vn.gov.moj.thidua.nomination.eligibility.ClusterElectionPolicy;
import vn.gov.moj.thidua.nomination.eligibility.Verdict;
import vn.gov.moj.thidua.voting.PublishedOutcome;
import vn.gov.moj.thidua.voting.PublishedOutcome.CandidateOutcome;

/** How published voting outcomes decide flags (R-CO-NGANH, R-CO-CP) and council reviews, without a voting implementation. */
class VotingLinkTest {

    static final UUID SESSION = UUID.randomUUID();
    static final UUID UNIT = UUID.randomUUID();
    static final UUID NOMINATION = UUID.randomUUID();

    static PublishedOutcome outcome(String purpose, CandidateOutcome... candidates) {
        return new PublishedOutcome(SESSION, purpose, null, null, null, 1, Instant.now(), List.of(candidates));
    }

    static CandidateOutcome candidate(String kind, UUID ref, boolean passed, boolean elected) {
        return new CandidateOutcome(kind, ref, "x", passed ? 9 : 3, passed ? 0 : 6, 0, passed, elected);
    }

    @Test
    void aFlagPassesForTheUnitItsClusterElected() {
        var result = ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UNIT, SESSION,
                Optional.of(outcome("CLUSTER_ELECTION", candidate("UNIT", UNIT, true, true))), 1, 1);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.ruleId()).isEqualTo("R-CO-NGANH");
    }

    @Test
    void aFlagFailsWhenTheElectionIsForAnotherAwardOrPeriod() {
        UUID coNganh = UUID.randomUUID();
        UUID period = UUID.randomUUID();
        var elected = new PublishedOutcome(SESSION, "CLUSTER_ELECTION", null, period, coNganh, 1, Instant.now(),
                List.of(candidate("UNIT", UNIT, true, true)));
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, coNganh, period, UNIT, SESSION, Optional.of(elected), 1, 1).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UUID.randomUUID(), period, UNIT, SESSION, Optional.of(elected), 1, 1)
                .explanation(vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.EN)).contains("another award");
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, coNganh, UUID.randomUUID(), UNIT, SESSION, Optional.of(elected), 1, 1)
                .verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFlagFailsForAUnitThatPassedTheThresholdButWasNotElected() {
        var result = ClusterElectionPolicy.evaluate(AwardCode.CO_CHINH_PHU, UNIT, SESSION,
                Optional.of(outcome("CLUSTER_ELECTION", candidate("UNIT", UNIT, true, false))), 1, 1);
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.ruleId()).isEqualTo("R-CO-CP");
    }

    @Test
    void aFlagFailsForAUnitThatWasNotACandidateOrInACouncilSession() {
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UNIT, SESSION,
                Optional.of(outcome("CLUSTER_ELECTION", candidate("UNIT", UUID.randomUUID(), true, true))), 1, 1).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UNIT, SESSION,
                Optional.of(outcome("COUNCIL_REVIEW", candidate("UNIT", UNIT, true, true))), 1, 1).verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFlagNeedsEvidenceWithoutAnElectionAndFailsOverTheClustersQuota() {
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UNIT, null, Optional.empty(), 1, 1).verdict())
                .isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UNIT, SESSION, Optional.empty(), 1, 1).verdict())
                .isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(ClusterElectionPolicy.evaluate(AwardCode.CO_NGANH, UNIT, SESSION,
                Optional.of(outcome("CLUSTER_ELECTION", candidate("UNIT", UNIT, true, true))), 2, 1).verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void aCouncilReviewApprovesAPassedDossierAndRejectsAFailedOne() {
        assertThat(CouncilOutcome.verdict(outcome("COUNCIL_REVIEW", candidate("NOMINATION", NOMINATION, true, true)), NOMINATION))
                .isEqualTo(NominationStatus.APPROVED);
        assertThat(CouncilOutcome.verdict(outcome("COUNCIL_REVIEW", candidate("NOMINATION", NOMINATION, false, false)), NOMINATION))
                .isEqualTo(NominationStatus.REJECTED);
        assertThat(CouncilOutcome.summary(outcome("COUNCIL_REVIEW", candidate("NOMINATION", NOMINATION, true, true)), NOMINATION))
                .contains("đồng ý 9").contains("đạt");
    }

    @Test
    void aCouncilReviewThatDoesNotListTheDossierOrIsAnElectionIsAConflict() {
        assertThatThrownBy(() -> CouncilOutcome.verdict(outcome("COUNCIL_REVIEW", candidate("NOMINATION", UUID.randomUUID(), true, true)),
                NOMINATION)).isInstanceOf(ApiProblem.class).hasMessageContaining("not a candidate");
        assertThatThrownBy(() -> CouncilOutcome.verdict(outcome("CLUSTER_ELECTION", candidate("NOMINATION", NOMINATION, true, true)),
                NOMINATION)).isInstanceOf(ApiProblem.class).hasMessageContaining("not a council review");
        assertThatThrownBy(() -> CouncilOutcome.verdict(outcome("COUNCIL_REVIEW", candidate("UNIT", NOMINATION, true, true)), NOMINATION))
                .isInstanceOf(ApiProblem.class);
    }
}
