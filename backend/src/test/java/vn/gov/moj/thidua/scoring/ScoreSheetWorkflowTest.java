package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreSheetWorkflowTest {

    @Test
    void aDraftIsEditedAndSubmitted() {
        assertThat(ScoreSheetWorkflow.allowed(ScoreSheetStatus.DRAFT, false)).containsExactly(SheetAction.EDIT, SheetAction.SUBMIT);
        assertThat(ScoreSheetWorkflow.target(SheetAction.SUBMIT)).isEqualTo(ScoreSheetStatus.SUBMITTED);
    }

    @Test
    void certificationComesBeforeVerificationOnlyWhereRequired() {
        assertThat(ScoreSheetWorkflow.allows(ScoreSheetStatus.SUBMITTED, true, SheetAction.VERIFY)).isFalse();
        assertThat(ScoreSheetWorkflow.allows(ScoreSheetStatus.SUBMITTED, true, SheetAction.CERTIFY)).isTrue();
        assertThat(ScoreSheetWorkflow.allows(ScoreSheetStatus.CERTIFIED, true, SheetAction.VERIFY)).isTrue();
        assertThat(ScoreSheetWorkflow.allows(ScoreSheetStatus.SUBMITTED, false, SheetAction.VERIFY)).isTrue();
        assertThat(ScoreSheetWorkflow.allows(ScoreSheetStatus.SUBMITTED, false, SheetAction.CERTIFY)).isFalse();
    }

    @Test
    void everyReviewStateCanReturnTheSheet() {
        for (ScoreSheetStatus review : new ScoreSheetStatus[] { ScoreSheetStatus.SUBMITTED, ScoreSheetStatus.CERTIFIED, ScoreSheetStatus.VERIFIED }) {
            assertThat(ScoreSheetWorkflow.allows(review, true, SheetAction.RETURN)).as(review.name()).isTrue();
        }
        assertThat(ScoreSheetWorkflow.allows(ScoreSheetStatus.DRAFT, false, SheetAction.RETURN)).isFalse();
        assertThat(ScoreSheetWorkflow.allowed(ScoreSheetStatus.RETURNED, false)).contains(SheetAction.EDIT);
    }

    @Test
    void aLockedSheetAllowsNothing() {
        assertThat(ScoreSheetWorkflow.allowed(ScoreSheetStatus.LOCKED, false)).isEmpty();
        assertThat(ScoreSheetWorkflow.allowed(ScoreSheetStatus.LOCKED, true)).isEmpty();
    }

    @Test
    void aDifferenceFromTheSelfScoreNeedsAReason() {
        assertThat(VerificationPolicy.needsReason(ScoringMethodTest.bd("2.00"), ScoringMethodTest.bd("2"))).isFalse();
        assertThat(VerificationPolicy.needsReason(ScoringMethodTest.bd("2"), ScoringMethodTest.bd("1.75"))).isTrue();
        assertThat(VerificationPolicy.needsReason(null, ScoringMethodTest.bd("0"))).isTrue();
    }
}
