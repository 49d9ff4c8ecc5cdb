package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
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
    public void checkDefinition(TemplateCriterion criterion, String path, List<FieldText> faults) {
        BigDecimal perEvent = criterion.perEvent();
        if (perEvent == null || perEvent.signum() <= 0) {
            faults.add(new FieldText(path + ".perEvent", Text.of("scoring.per-event-positive")));
        } else if (criterion.maxPoints() != null && perEvent.compareTo(criterion.maxPoints()) > 0) {
            faults.add(new FieldText(path + ".perEvent", Text.of("scoring.per-event-cap", perEvent.toPlainString(), criterion.maxPoints().toPlainString())));
        }
        if (criterion.bands() != null && !criterion.bands().isEmpty()) {
            faults.add(new FieldText(path + ".bands", Text.of("scoring.bands-only-banded")));
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
