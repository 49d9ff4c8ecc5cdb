package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;

class NominationWorkflowTest {

    @Test
    void aDossierGoesFromDraftToTheAgendaThroughAppraisal() {
        NominationStatus s = NominationStatus.DRAFT;
        for (String action : new String[] { "submit", "receive", "appraise", "put-on-agenda" }) {
            s = NominationWorkflow.next(s, action, false);
        }
        assertThat(s).isEqualTo(NominationStatus.ON_AGENDA);
        assertThat(NominationWorkflow.next(s, "council-result", false)).isEqualTo(NominationStatus.COUNCIL_VOTED);
    }

    @Test
    void aReturnedDossierCanBeFixedAndSubmittedAgain() {
        NominationStatus returned = NominationWorkflow.next(NominationStatus.APPRAISING, "return", false);
        assertThat(NominationWorkflow.allowedActions(returned, false)).containsExactly("edit", "submit");
    }

    @Test
    void stateLevelDossiersGoThroughPublicCommentBeforeTheCouncil() {
        assertThat(NominationWorkflow.allowedActions(NominationStatus.ON_AGENDA, true)).containsExactly("open-public-comment");
        assertThat(NominationWorkflow.allowedActions(NominationStatus.PUBLIC_COMMENT, true)).containsExactly("council-vote", "council-result");
        assertThat(NominationWorkflow.allowedActions(NominationStatus.ON_AGENDA, false)).containsExactly("council-vote", "council-result");
    }

    @Test
    void anIllegalActionIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> NominationWorkflow.next(NominationStatus.DRAFT, "put-on-agenda", false))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.toProblem("/x").allowedActions()).containsExactly("edit", "submit");
                });
        assertThat(NominationWorkflow.allowedActions(NominationStatus.DECIDED, false)).isEmpty();
    }

    @Test
    void theCouncilReadsFromTheAgendaOn() {
        assertThat(NominationWorkflow.onAgendaOrLater(NominationStatus.APPRAISING)).isFalse();
        assertThat(NominationWorkflow.onAgendaOrLater(NominationStatus.ON_AGENDA)).isTrue();
        assertThat(NominationWorkflow.onAgendaOrLater(NominationStatus.DECIDED)).isTrue();
    }
}
