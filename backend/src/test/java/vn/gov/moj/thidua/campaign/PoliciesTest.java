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
        assertThat(CampaignLifecycle.next(CampaignStatus.DRAFT, "launch")).isEqualTo(CampaignStatus.LAUNCHED);
        assertThat(CampaignLifecycle.next(CampaignStatus.FINAL_REVIEW, "close")).isEqualTo(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> CampaignLifecycle.next(CampaignStatus.LAUNCHED, "close"))
                .isInstanceOf(ApiProblem.class).satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(409));
        assertThat(CampaignLifecycle.collectsReports(CampaignStatus.IN_PROGRESS)).isEqualTo(ReportStage.INTERIM);
        assertThat(CampaignLifecycle.collectsReports(CampaignStatus.LAUNCHED)).isNull();
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
    void returnedRegistrationsCanBeSubmittedAgainButApprovedOnesAreFinal() {
        assertThat(RegistrationPolicy.next(RegistrationStatus.RETURNED, "submit")).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThatThrownBy(() -> RegistrationPolicy.next(RegistrationStatus.APPROVED, "return")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RegistrationPolicy.next(RegistrationStatus.DRAFT, "approve")).isInstanceOf(ApiProblem.class);
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
