package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.gov.moj.thidua.common.problem.Problem.FieldError;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Điểm trừ / điểm cộng — points per counted event, capped at the criterion's maxPoints; deductions are
 * negative. Source: QĐ 3962/QĐ-BTP backlog deductions, QĐ 38/QĐ-STP bonus points.
 */
final class PerEventMethod implements ScoringMethod {

    static final PerEventMethod DEDUCTION = new PerEventMethod(-1);
    static final PerEventMethod BONUS = new PerEventMethod(1);

    private final int sign;

    private PerEventMethod(int sign) {
        this.sign = sign;
    }

    @Override
    public boolean countsTowardsSection() {
        return false;
    }

    @Override
    public void checkDefinition(TemplateCriterion criterion, String path, List<FieldError> faults) {
        BigDecimal perEvent = criterion.perEvent();
        if (perEvent == null || perEvent.signum() <= 0) {
            faults.add(new FieldError(path + ".perEvent", "points per event must be greater than 0"));
        } else if (criterion.maxPoints() != null && perEvent.compareTo(criterion.maxPoints()) > 0) {
            faults.add(new FieldError(path + ".perEvent", "points per event (" + perEvent.toPlainString()
                    + ") exceed the cap (" + criterion.maxPoints().toPlainString() + ")"));
        }
        if (criterion.bands() != null && !criterion.bands().isEmpty()) {
            faults.add(new FieldError(path + ".bands", "only BANDED and LATENESS_BANDED criteria have bands"));
        }
    }

    @Override
    public Text inputFault(TemplateCriterion criterion, BigDecimal input) {
        return input.signum() < 0 || !ScoringMethod.isWhole(input) ? Text.of("scoring.whole-events") : null;
    }

    @Override
    public BigDecimal points(TemplateCriterion criterion, BigDecimal input) {
        BigDecimal raw = criterion.perEvent().multiply(input).min(criterion.maxPoints());
        return ScoringMethod.rounded(sign < 0 ? raw.negate() : raw);
    }
}
