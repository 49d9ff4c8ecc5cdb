package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.time.WorkingDays;

/** Which step has a time limit, and its working days left (pure). */
class DeadlinePolicyTest {

    private static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2027, 1, 1)), Set.of());

    @Test
    void appraisalRunsFromTheReceivedDayWhileReceivedOrAppraising() {
        var d = DeadlinePolicy.of(NominationStatus.APPRAISING, LocalDate.of(2026, 12, 3), null, 25, DAYS, LocalDate.of(2026, 12, 3)).orElseThrow();
        // 25 working days from Thursday 03/12/2026, 01/01/2027 off: Friday 08/01/2027
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(d.workingDaysLeft()).isEqualTo(25);
        assertThat(d.overdue()).isFalse();
        assertThat(d.kind()).isEqualTo(DossierDeadline.Kind.APPRAISAL);
    }

    @Test
    void noLimitForOtherStepsOrWithoutAReceivedDayOrParameter() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(DeadlinePolicy.of(NominationStatus.DRAFT, today, null, 25, DAYS, today)).isEmpty();
        assertThat(DeadlinePolicy.of(NominationStatus.ON_AGENDA, today, today, 25, DAYS, today)).isEmpty();
        assertThat(DeadlinePolicy.of(NominationStatus.RECEIVED, null, null, 25, DAYS, today)).isEmpty();
        assertThat(DeadlinePolicy.of(NominationStatus.RECEIVED, today, null, null, DAYS, today)).isEmpty();
    }

    @Test
    void publicCommentIsOverdueTheDayAfterClosing() {
        LocalDate closing = LocalDate.of(2026, 12, 4); // Friday
        var open = DeadlinePolicy.of(NominationStatus.PUBLIC_COMMENT, null, closing, 25, DAYS, closing).orElseThrow();
        assertThat(open.workingDaysLeft()).isZero();
        assertThat(open.overdue()).isFalse();
        var late = DeadlinePolicy.of(NominationStatus.PUBLIC_COMMENT, null, closing, 25, DAYS, LocalDate.of(2026, 12, 7)).orElseThrow();
        assertThat(late.workingDaysLeft()).isEqualTo(-1);
        assertThat(late.overdue()).isTrue();
        assertThat(DeadlinePolicy.commentClosing(LocalDate.of(2026, 12, 31), 5, DAYS)).isEqualTo(LocalDate.of(2027, 1, 8));
    }
}
