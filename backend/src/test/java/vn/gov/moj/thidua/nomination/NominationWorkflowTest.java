package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;

class NominationWorkflowTest {

    @Test
    void aDossierGoesFromDraftToTheAgendaThroughAppraisal() {
        NominationStatus s = NominationStatus.DRAFT;
        for (NominationAction action : new NominationAction[] { NominationAction.SUBMIT, NominationAction.RECEIVE,
                NominationAction.APPRAISE, NominationAction.PUT_ON_AGENDA }) {
            s = NominationWorkflow.next(s, action, false);
        }
        assertThat(s).isEqualTo(NominationStatus.ON_AGENDA);
        assertThat(NominationWorkflow.next(s, NominationAction.COUNCIL_RESULT, false)).isEqualTo(NominationStatus.COUNCIL_VOTED);
    }

    @Test
    void aReturnedDossierCanBeFixedAndSubmittedAgain() {
        NominationStatus returned = NominationWorkflow.next(NominationStatus.APPRAISING, NominationAction.RETURN, false);
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
        assertThatThrownBy(() -> NominationWorkflow.next(NominationStatus.DRAFT, NominationAction.PUT_ON_AGENDA, false))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.toProblem("/x").allowedActions()).containsExactly("edit", "submit");
                });
        assertThat(NominationWorkflow.allowedActions(NominationStatus.DECIDED, false)).isEmpty();
    }

    @Test
    void onlyADecidedDossierIsRevokedAndTheSystemStepsAreNeverOffered() {
        assertThat(NominationWorkflow.next(NominationStatus.DECIDED, NominationAction.REVOKE, false)).isEqualTo(NominationStatus.REVOKED);
        assertThat(NominationWorkflow.next(NominationStatus.APPROVED, NominationAction.DECIDE, false)).isEqualTo(NominationStatus.DECIDED);
        assertThat(NominationWorkflow.next(NominationStatus.COUNCIL_VOTED, NominationAction.REJECT, true)).isEqualTo(NominationStatus.REJECTED);
        for (NominationStatus from : new NominationStatus[] { NominationStatus.APPROVED, NominationStatus.REVOKED, NominationStatus.DRAFT }) {
            assertThatThrownBy(() -> NominationWorkflow.next(from, NominationAction.REVOKE, false))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
        }
        assertThatThrownBy(() -> NominationWorkflow.next(NominationStatus.ON_AGENDA, NominationAction.APPROVE, false))
                .isInstanceOf(ApiProblem.class);
        for (NominationStatus s : NominationStatus.values()) {
            assertThat(NominationWorkflow.allowedActions(s, true)).doesNotContain("approve", "reject", "decide", "revoke");
        }
    }

    @Test
    void actionsKeepTheirWireNamesAndAnUnknownOneIsABadRequest() throws Exception {
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(NominationAction.COUNCIL_VOTE))
                .isEqualTo("\"council-vote\"");
        assertThat(NominationAction.fromWire("put-on-agenda")).isEqualTo(NominationAction.PUT_ON_AGENDA);
        assertThat(NominationAction.OPEN_PUBLIC_COMMENT.wire()).isEqualTo("open-public-comment");
        assertThatThrownBy(() -> NominationAction.fromWire("PUT_ON_AGENDA"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.getMessage()).contains("put-on-agenda");
                });
    }

    @Test
    void everyActionIsNamedInBothLanguagesOfTheProblemCatalogue() throws Exception {
        for (String file : new String[] { "i18n/problems.properties", "i18n/problems_en.properties" }) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (NominationAction action : NominationAction.values()) {
                assertThat(texts.getProperty("action." + action.wire())).as(file + ": action." + action.wire()).isNotBlank();
            }
        }
    }

    @Test
    void theCouncilReadsFromTheAgendaOn() {
        assertThat(NominationWorkflow.onAgendaOrLater(NominationStatus.APPRAISING)).isFalse();
        assertThat(NominationWorkflow.onAgendaOrLater(NominationStatus.ON_AGENDA)).isTrue();
        assertThat(NominationWorkflow.onAgendaOrLater(NominationStatus.DECIDED)).isTrue();
    }
}
