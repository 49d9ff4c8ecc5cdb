package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/** Withdraw and discard in the dossier state machine, without Quarkus (issue 19). */
class WithdrawalWorkflowTest {

    @Test
    void shouldAllowWithdrawalOnlyBeforeTheCouncilVotes() {
        for (NominationStatus before : new NominationStatus[] { NominationStatus.DRAFT, NominationStatus.SUBMITTED, NominationStatus.RECEIVED,
                NominationStatus.APPRAISING, NominationStatus.RETURNED, NominationStatus.ON_AGENDA, NominationStatus.PUBLIC_COMMENT }) {
            assertThat(NominationWorkflow.next(before, NominationAction.WITHDRAW, true)).isEqualTo(NominationStatus.WITHDRAWN);
        }
        for (NominationStatus after : new NominationStatus[] { NominationStatus.COUNCIL_VOTED, NominationStatus.APPROVED, NominationStatus.REJECTED,
                NominationStatus.DECIDED, NominationStatus.REVOKED, NominationStatus.WITHDRAWN }) {
            assertThatThrownBy(() -> NominationWorkflow.next(after, NominationAction.WITHDRAW, false)).isInstanceOf(ApiProblem.class);
            assertThat(NominationWorkflow.exits(after)).doesNotContainKey(NominationAction.WITHDRAW);
        }
    }

    @Test
    void shouldDiscardOnlyADraft() {
        assertThat(NominationWorkflow.next(NominationStatus.DRAFT, NominationAction.DISCARD, false)).isEqualTo(NominationStatus.WITHDRAWN);
        assertThatThrownBy(() -> NominationWorkflow.next(NominationStatus.SUBMITTED, NominationAction.DISCARD, false)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> NominationWorkflow.next(NominationStatus.RETURNED, NominationAction.DISCARD, false)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void shouldCallADraftLeftOverOnlyAYearAfterItsPeriodEnded() {
        java.time.LocalDate end2025 = java.time.LocalDate.of(2025, 12, 31);
        assertThat(DossierWithdrawal.stale(end2025, java.time.LocalDate.of(2026, 12, 3))).isFalse();
        assertThat(DossierWithdrawal.stale(end2025, java.time.LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(DossierWithdrawal.stale(end2025, java.time.LocalDate.of(2027, 1, 1))).isTrue();
    }
}
