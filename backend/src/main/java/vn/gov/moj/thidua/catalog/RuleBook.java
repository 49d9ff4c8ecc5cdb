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

    @Inject
    jakarta.persistence.EntityManager em;

    public Optional<RuleValue> valueOn(String ruleId, String key, LocalDate date) {
        return parameters.inForce(ruleId, key, date).map(RuleValue::of);
    }

    /**
     * Every version of one parameter, read once: {@code valueOn} for many dates (a page of dossiers) without a query
     * per date.
     */
    public java.util.function.Function<LocalDate, Optional<RuleValue>> timelineOf(String ruleId, String key) {
        java.util.List<RuleParameter> versions = parameters.versionsOf(ruleId, key);
        return date -> versions.stream().filter(v -> v.inForceOn(date)).findFirst().map(RuleValue::of);
    }

    /**
     * The value for one cluster: its override when the secretariat set one (the cluster belongs to one period), else
     * the dated version in force on {@code date}. The override keeps the dated version's type; its legal source names
     * the override's note.
     */
    public Optional<RuleValue> valueFor(String ruleId, String key, LocalDate date, java.util.UUID clusterId) {
        Optional<RuleValue> dated = valueOn(ruleId, key, date);
        Optional<RuleOverride> override = clusterId == null ? Optional.empty() : overrideOf(ruleId, key, clusterId);
        if (override.isEmpty()) {
            return dated;
        }
        RuleOverride o = override.get();
        ValueType type = dated.map(RuleValue::type).orElse(ValueType.INTEGER);
        String source = o.note == null ? dated.map(RuleValue::legalSource).orElse(null) : o.note;
        return Optional.of(new RuleValue(ruleId, key, type, o.value, date, date, source, dated.map(RuleValue::verified).orElse(false), o.id));
    }

    /** The override of a rule parameter for a cluster, if one is set. */
    public Optional<RuleOverride> overrideOf(String ruleId, String key, java.util.UUID clusterId) {
        return em.createQuery("from RuleOverride where clusterId = :c and ruleId = :r and key = :k", RuleOverride.class)
                .setParameter("c", clusterId).setParameter("r", ruleId).setParameter("k", key).getResultStream().findFirst();
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
