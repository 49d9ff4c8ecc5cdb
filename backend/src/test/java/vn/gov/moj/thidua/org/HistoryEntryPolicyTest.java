package vn.gov.moj.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/** When a past period takes history entry: ended, by the secretariat; its record's days; its own records only. */
class HistoryEntryPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final LocalDate START_2018 = LocalDate.of(2018, 1, 1);
    static final LocalDate END_2018 = LocalDate.of(2018, 12, 31);

    private static int status(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (ApiProblem p) {
            return p.status();
        }
    }

    @Test
    void shouldOpenAnEndedPeriodToTheSecretariatOnly() {
        assertThatCode(() -> HistoryEntryPolicy.requireOpenToHistory("2018", END_2018, TODAY, true)).doesNotThrowAnyException();
        assertThat(status(() -> HistoryEntryPolicy.requireOpenToHistory("2018", END_2018, TODAY, false))).isEqualTo(403);
    }

    @Test
    void shouldRefuseALivePeriodIncludingItsLastDay() {
        assertThat(status(() -> HistoryEntryPolicy.requireOpenToHistory("2026", LocalDate.of(2026, 12, 31), TODAY, true))).isEqualTo(409);
        assertThat(status(() -> HistoryEntryPolicy.requireOpenToHistory("2026", TODAY, TODAY, true))).isEqualTo(409);
        assertThatCode(() -> HistoryEntryPolicy.requireOpenToHistory("2026", TODAY.minusDays(1), TODAY, true)).doesNotThrowAnyException();
    }

    @Test
    void shouldTakeDaysFromThePeriodsStartToTheEndOfTheNextYear() {
        assertThatCode(() -> HistoryEntryPolicy.requireDayOfThePeriod("decisionDate", START_2018, "2018", START_2018, END_2018, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> HistoryEntryPolicy.requireDayOfThePeriod("decisionDate", LocalDate.of(2019, 12, 31), "2018", START_2018, END_2018,
                TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HistoryEntryPolicy.requireDayOfThePeriod("decisionDate", LocalDate.of(2017, 12, 31), "2018", START_2018,
                END_2018, TODAY)).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.messages().get(0).field()).isEqualTo("decisionDate"));
        assertThat(status(() -> HistoryEntryPolicy.requireDayOfThePeriod("decisionDate", LocalDate.of(2020, 1, 1), "2018", START_2018,
                END_2018, TODAY))).isEqualTo(400);
    }

    @Test
    void shouldNeverTakeADayFromTodayOn() {
        LocalDate end2025 = LocalDate.of(2025, 12, 31);
        assertThatCode(() -> HistoryEntryPolicy.requireDayOfThePeriod("decisionDate", TODAY.minusDays(1), "2025", LocalDate.of(2025, 1, 1),
                end2025, TODAY)).doesNotThrowAnyException();
        assertThat(status(() -> HistoryEntryPolicy.requireDayOfThePeriod("decisionDate", TODAY, "2025", LocalDate.of(2025, 1, 1), end2025,
                TODAY))).isEqualTo(400);
    }

    @Test
    void shouldKeepARecordToItsOwnPeriod() {
        UUID period = UUID.randomUUID();
        assertThatCode(() -> HistoryEntryPolicy.requireSamePeriod(period, period, "2018")).doesNotThrowAnyException();
        assertThat(status(() -> HistoryEntryPolicy.requireSamePeriod(UUID.randomUUID(), period, "2018"))).isEqualTo(409);
        assertThat(status(() -> HistoryEntryPolicy.requireSamePeriod(null, period, "2018"))).isEqualTo(409);
    }
}
