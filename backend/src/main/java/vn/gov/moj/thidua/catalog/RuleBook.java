package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * The read side of rule parameters for every capability: the version of a rule's parameter in force on a
 * date, e.g. {@code ruleBook.fractionOn("R-CSTDCS-QUOTA", "maxShareOfLdtt", decisionDate)}.
 * A missing parameter is a configuration gap the secretariat must fill: 409 naming the rule.
 */
@ApplicationScoped
public class RuleBook {

    @Inject
    RuleParameterRepository parameters;

    public Optional<RuleValue> valueOn(String ruleId, String key, LocalDate date) {
        return parameters.inForce(ruleId, key, date).map(RuleValue::of);
    }

    public RuleValue requireOn(String ruleId, String key, LocalDate date) {
        return valueOn(ruleId, key, date).orElseThrow(() -> ApiProblem.conflict(
                Text.of("catalog.rule-not-in-force", ruleId + "/" + key, date)));
    }

    public BigDecimal decimalOn(String ruleId, String key, LocalDate date) {
        return requireOn(ruleId, key, date).decimal();
    }

    public Fraction fractionOn(String ruleId, String key, LocalDate date) {
        return requireOn(ruleId, key, date).fraction();
    }

    public int intOn(String ruleId, String key, LocalDate date) {
        return requireOn(ruleId, key, date).integer();
    }

    public boolean flagOn(String ruleId, String key, LocalDate date) {
        return requireOn(ruleId, key, date).flag();
    }

    public String textOn(String ruleId, String key, LocalDate date) {
        return requireOn(ruleId, key, date).text();
    }
}
