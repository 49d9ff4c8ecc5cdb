package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/** Points entered by hand, from 0 up to the standard points (điểm chuẩn) — the "Tổng điểm chấm" column of the Ministry's tables. */
final class ManualMethod implements ScoringMethod {

    static final ManualMethod INSTANCE = new ManualMethod();

    @Override
    public void checkDefinition(TemplateCriterion criterion, String path, List<FieldText> faults) {
        // Only the standard points matter; checked for every method.
    }

    @Override
    public Text inputFault(TemplateCriterion criterion, BigDecimal input) {
        if (input.signum() < 0 || input.compareTo(criterion.maxPoints()) > 0) {
            return Text.of("scoring.points-range", criterion.maxPoints().stripTrailingZeros().toPlainString());
        }
        return input.stripTrailingZeros().scale() > 2 ? Text.of("scoring.two-decimals") : null;
    }

    @Override
    public BigDecimal points(TemplateCriterion criterion, BigDecimal input) {
        return ScoringMethod.rounded(input);
    }
}
