package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * One way of turning a measured input into points (the methods of the Ministry's criteria tables,
 * docs/domain.md, "Scoring methods"). Pure: no database, no clock.
 */
public interface ScoringMethod {

    /** Adds the faults of the criterion's method-specific definition; {@code path} names the criterion. */
    void checkDefinition(TemplateCriterion criterion, String path, List<FieldText> faults);

    /** Why {@code input} is not acceptable for this criterion, or null when it is. */
    Text inputFault(TemplateCriterion criterion, BigDecimal input);

    /** The points earned for an acceptable input. */
    BigDecimal points(TemplateCriterion criterion, BigDecimal input);

    /** Whether the criterion counts towards its section's standard points (deductions and bonuses do not). */
    default boolean countsTowardsSection() {
        return true;
    }

    static ScoringMethod of(CriterionMethod method) {
        return switch (method) {
            case BINARY -> BinaryMethod.INSTANCE;
            case BANDED -> BandedMethod.PERCENT;
            case LATENESS_BANDED -> BandedMethod.DAYS_LATE;
            case DEDUCTION -> PerEventMethod.DEDUCTION;
            case BONUS -> PerEventMethod.BONUS;
            case MANUAL -> ManualMethod.INSTANCE;
        };
    }

    static BigDecimal rounded(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
