package vn.gov.moj.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.catalog.AwardSubject;
import vn.gov.moj.thidua.common.problem.ApiProblem;

/** The campaign and registration rules without Quarkus. */
class PoliciesTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 1);

    @Test
    void campaignsMoveOneStepAtATime() {
        assertThat(CampaignWorkflow.next(CampaignStatus.DRAFT, CampaignAction.LAUNCH)).isEqualTo(CampaignStatus.LAUNCHED);
        assertThat(CampaignWorkflow.next(CampaignStatus.FINAL_REVIEW, CampaignAction.CLOSE)).isEqualTo(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> CampaignWorkflow.next(CampaignStatus.LAUNCHED, CampaignAction.CLOSE))
                .isInstanceOf(ApiProblem.class).satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(409));
        assertThat(CampaignWorkflow.collectsReports(CampaignStatus.IN_PROGRESS)).isEqualTo(ReportStage.INTERIM);
        assertThat(CampaignWorkflow.collectsReports(CampaignStatus.LAUNCHED)).isNull();
    }

    @Test
    void onlyADraftCampaignIsEditedAndTheRefusalNamesTheAllowedActionsByTheirApiNames() {
        CampaignWorkflow.requireEditable(CampaignStatus.DRAFT);
        assertThatThrownBy(() -> CampaignWorkflow.requireEditable(CampaignStatus.IN_PROGRESS))
                .isInstanceOf(ApiProblem.class)
                .satisfies(e -> {
                    ApiProblem problem = (ApiProblem) e;
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.getMessage()).contains("'edit'");
                });
        assertThat(CampaignWorkflow.allowedActions(CampaignStatus.IN_PROGRESS)).containsExactly("final-review");
        assertThat(CampaignWorkflow.allowedActions(CampaignStatus.CLOSED)).isEmpty();
    }

    @Test
    void workflowActionsKeepTheirWireNames() {
        assertThat(java.util.Arrays.stream(CampaignAction.values()).map(CampaignAction::apiName))
                .containsExactly("launch", "start", "final-review", "close", "edit");
        assertThat(java.util.Arrays.stream(RegistrationAction.values()).map(RegistrationAction::apiName))
                .containsExactly("edit", "submit", "approve", "return", "delete");
        assertThat(RegistrationPolicy.allowedActions(RegistrationStatus.DRAFT)).containsExactly("edit", "submit");
        assertThat(RegistrationPolicy.allowedActions(RegistrationStatus.SUBMITTED)).containsExactly("approve", "return");
    }

    @Test
    void aPersonCannotTakeACollectiveTitleNorAUnitAnIndividualOne() {
        assertThatThrownBy(() -> RegistrationPolicy.requireSubjectFits(AwardSubject.COLLECTIVE, true, "TTLĐXS"))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RegistrationPolicy.requireSubjectFits(AwardSubject.INDIVIDUAL, false, "CSTĐCS"))
                .isInstanceOf(ApiProblem.class);
        RegistrationPolicy.requireSubjectFits(AwardSubject.ANY, true, "Bằng khen");
        RegistrationPolicy.requireSubjectFits(AwardSubject.ANY, false, "Bằng khen");
    }

    @Test
    void registrationsAreTakenOnlyInsideTheWindowOfALaunchedCampaign() {
        RegistrationPolicy.requireOpen(CampaignStatus.IN_PROGRESS, D, D.plusDays(10), D.plusDays(10));
        assertThatThrownBy(() -> RegistrationPolicy.requireOpen(CampaignStatus.IN_PROGRESS, D, D.plusDays(10), D.plusDays(11)))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RegistrationPolicy.requireOpen(CampaignStatus.LAUNCHED, D, D.plusDays(10), D.minusDays(1)))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RegistrationPolicy.requireOpen(CampaignStatus.FINAL_REVIEW, D, D.plusDays(10), D))
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void aRegistrationEnteredAsHistoryIsJudgedAndRefusedForTheDayEnteredNotToday() {
        RegistrationPolicy.requireOpen(CampaignStatus.IN_PROGRESS, D, D.plusDays(10), D.plusDays(3), true);
        assertThatThrownBy(() -> RegistrationPolicy.requireOpen(CampaignStatus.IN_PROGRESS, D, D.plusDays(10), D.plusDays(11), true))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.toProblem("/x", vn.gov.moj.thidua.common.problem.ProblemTexts.VIETNAMESE)
                        .detail()).contains("ngày đăng ký đã nhập").doesNotContain("hôm nay"));
        assertThatThrownBy(() -> RegistrationPolicy.requireOpen(CampaignStatus.IN_PROGRESS, D, D.plusDays(10), D.plusDays(11), false))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.toProblem("/x", vn.gov.moj.thidua.common.problem.ProblemTexts.VIETNAMESE)
                        .detail()).contains("hôm nay"));
    }

    @Test
    void returnedRegistrationsCanBeSubmittedAgainButApprovedOnesAreFinal() {
        assertThat(RegistrationPolicy.next(RegistrationStatus.RETURNED, RegistrationAction.SUBMIT)).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThatThrownBy(() -> RegistrationPolicy.next(RegistrationStatus.APPROVED, RegistrationAction.RETURN)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RegistrationPolicy.next(RegistrationStatus.DRAFT, RegistrationAction.APPROVE)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aUnitIsOverdueForEachPassedDeadlineWithNothingFromIt() {
        assertThat(ParticipationPolicy.overdueReasons(D, CampaignStatus.IN_PROGRESS, D.minusDays(1), D.minusDays(1), D.plusDays(9), 0, false, false))
                .containsExactly("REGISTRATION", "INTERIM_REPORT");
        assertThat(ParticipationPolicy.overdueReasons(D, CampaignStatus.IN_PROGRESS, D.minusDays(1), D.minusDays(1), D.plusDays(9), 2, true, false))
                .isEmpty();
        assertThat(ParticipationPolicy.overdueReasons(D, CampaignStatus.IN_PROGRESS, D, D, D, 0, false, false)).isEmpty();
        assertThat(ParticipationPolicy.overdueReasons(D, CampaignStatus.DRAFT, D.minusDays(5), null, null, 0, false, false)).isEmpty();
    }
}
