package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringMethodTest {

    /** Item 1.1 of the 2022 Department of Justice table (docs/domain.md, "Scoring methods"): 100% → 2; 95–<100% → 1.75 … <60% → 0. */
    static final TemplateCriterion ON_TIME = new TemplateCriterion("A.1", "Thẩm định đúng hạn", bd("2"), CriterionMethod.BANDED,
            List.of(band("0", "60", "0"), band("60", "70", "0.5"), band("70", "80", "1"), band("80", "95", "1.5"),
                    band("95", "100", "1.75"), band("100", null, "2")), null, null);

    /** Đồng Tháp 2022 report timeliness: on time → 2; 1–2 days late → 1.5; 3–5 → 1; 6–10 → 0.5; >10 → 0. */
    static final TemplateCriterion REPORTS = new TemplateCriterion("B.1", "Báo cáo đúng hạn", bd("2"), CriterionMethod.LATENESS_BANDED,
            List.of(band("0", "1", "2"), band("1", "3", "1.5"), band("3", "6", "1"), band("6", "11", "0.5"), band("11", null, "0")),
            null, null);

    static final TemplateCriterion BACKLOG = new TemplateCriterion("D.1", "Tồn đọng", bd("10"), CriterionMethod.DEDUCTION, null, bd("2"), null);
    static final TemplateCriterion MODELS = new TemplateCriterion("E.1", "Mô hình hay", bd("5"), CriterionMethod.BONUS, null, bd("1.5"), null);
    static final TemplateCriterion PLAN = new TemplateCriterion("C.1", "Có kế hoạch", bd("4"), CriterionMethod.BINARY, null, null, null);
    static final TemplateCriterion QUALITY = new TemplateCriterion("A.4", "Chất lượng", bd("10"), CriterionMethod.MANUAL, null, null, null);

    @ParameterizedTest(name = "{0}% on time earns {1}")
    @CsvSource({ "0, 0.00", "59.99, 0.00", "60, 0.50", "60.01, 0.50", "69.99, 0.50", "70, 1.00", "70.01, 1.00", "79.99, 1.00",
            "80, 1.50", "80.01, 1.50", "94.99, 1.50", "95, 1.75", "95.01, 1.75", "99.99, 1.75", "100, 2.00" })
    void bandedPercentageFallsIntoExactlyOneBand(String input, String points) {
        assertThat(score(ON_TIME, input)).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} days late earns {1}")
    @CsvSource({ "0, 2.00", "1, 1.50", "2, 1.50", "3, 1.00", "5, 1.00", "6, 0.50", "10, 0.50", "11, 0.00", "400, 0.00" })
    void latenessBandsCountWholeDays(String daysLate, String points) {
        assertThat(score(REPORTS, daysLate)).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} backlog items cost {1}")
    @CsvSource({ "0, 0.00", "1, -2.00", "4, -8.00", "5, -10.00", "6, -10.00", "100, -10.00" })
    void deductionsArePerEventAndCapped(String events, String points) {
        assertThat(score(BACKLOG, events)).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} good models earn {1}")
    @CsvSource({ "0, 0.00", "1, 1.50", "3, 4.50", "4, 5.00", "9, 5.00" })
    void bonusesArePerEventAndCapped(String events, String points) {
        assertThat(score(MODELS, events)).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "binary input {0} earns {1}")
    @CsvSource({ "1, 4.00", "0, 0.00" })
    void binaryEarnsTheStandardPointsOrNothing(String input, String points) {
        assertThat(score(PLAN, input)).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "manual {0} earns {0}")
    @CsvSource({ "0", "7.25", "10" })
    void manualKeepsTheEnteredValue(String input) {
        assertThat(score(QUALITY, input)).isEqualByComparingTo(input);
    }

    @ParameterizedTest(name = "{0} refuses input {1}")
    @CsvSource({ "BANDED, -0.01", "BANDED, 100.01", "LATENESS_BANDED, -1", "LATENESS_BANDED, 1.5", "DEDUCTION, -1", "DEDUCTION, 0.5",
            "BONUS, 2.5", "BINARY, 2", "BINARY, 0.5", "MANUAL, -0.01", "MANUAL, 10.01", "MANUAL, 1.125" })
    void refusesInputsOutsideTheMethodsDomain(CriterionMethod method, String input) {
        TemplateCriterion criterion = switch (method) {
            case BANDED -> ON_TIME;
            case LATENESS_BANDED -> REPORTS;
            case DEDUCTION -> BACKLOG;
            case BONUS -> MODELS;
            case BINARY -> PLAN;
            case MANUAL -> QUALITY;
        };
        assertThat(ScoringMethod.of(method).inputFault(criterion, bd(input))).isNotNull();
    }

    @ParameterizedTest(name = "{0} accepts its edge input {1}")
    @CsvSource({ "BANDED, 0", "BANDED, 100", "LATENESS_BANDED, 0", "DEDUCTION, 0", "BONUS, 0", "BINARY, 1", "MANUAL, 10" })
    void acceptsEdgeInputs(CriterionMethod method, String input) {
        TemplateCriterion criterion = switch (method) {
            case BANDED -> ON_TIME;
            case LATENESS_BANDED -> REPORTS;
            case DEDUCTION -> BACKLOG;
            case BONUS -> MODELS;
            case BINARY -> PLAN;
            case MANUAL -> QUALITY;
        };
        assertThat(ScoringMethod.of(method).inputFault(criterion, bd(input))).isNull();
    }

    private static BigDecimal score(TemplateCriterion criterion, String input) {
        ScoringMethod method = ScoringMethod.of(criterion.method());
        assertThat(method.inputFault(criterion, bd(input))).as("input %s is acceptable", input).isNull();
        return method.points(criterion, bd(input));
    }

    static Band band(String from, String to, String points) {
        return new Band(bd(from), to == null ? null : bd(to), bd(points));
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
