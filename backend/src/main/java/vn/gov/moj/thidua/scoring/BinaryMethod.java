package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/** Yes/no criterion (đạt / không đạt): the standard points when met, else 0 — docs/domain.md, "Scoring methods". */
final class BinaryMethod implements ScoringMethod {

    static final BinaryMethod INSTANCE = new BinaryMethod();

    @Override
    public void checkDefinition(TemplateCriterion criterion, String path, List<FieldText> faults) {
        // Only the standard points matter; checked for every method.
    }

    @Override
    public Text inputFault(TemplateCriterion criterion, BigDecimal input) {
        return input.compareTo(BigDecimal.ZERO) == 0 || input.compareTo(BigDecimal.ONE) == 0 ? null
                : Text.of("scoring.met-or-not");
    }

    @Override
    public BigDecimal points(TemplateCriterion criterion, BigDecimal input) {
        return ScoringMethod.rounded(input.compareTo(BigDecimal.ONE) == 0 ? criterion.maxPoints() : BigDecimal.ZERO);
    }
}
