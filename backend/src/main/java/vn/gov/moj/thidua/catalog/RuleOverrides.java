package vn.gov.moj.thidua.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Writes a rule parameter's override for one cluster (read by {@link RuleBook#valueFor}); the caller checks that the
 * cluster exists. The rule and key must have a dated version, and an integer parameter takes a whole number ≥ 0.
 * Audited with the value before and after.
 */
@ApplicationScoped
public class RuleOverrides {

    static final String ENTITY = "RuleOverride";

    @Inject
    EntityManager em;

    @Inject
    RuleParameterRepository parameters;

    @Inject
    RuleBook rules;

    @Inject
    AuditTrail audit;

    /** Sets (or, with a null value, removes) the override; answers the override now stored. */
    public Optional<RuleOverride> set(UUID clusterId, String ruleId, String key, Integer value, String note, String by) {
        if (parameters.versionsOf(ruleId, key).isEmpty()) {
            throw ApiProblem.invalidField("ruleId", Text.of("rule-override.unknown-rule", ruleId + "/" + key));
        }
        if (value != null && value < 0) {
            throw ApiProblem.invalidField("value", Text.of("rule-override.negative", value));
        }
        Optional<RuleOverride> existing = rules.overrideOf(ruleId, key, clusterId);
        String before = existing.map(o -> o.value).orElse(null);
        if (value == null) {
            existing.ifPresent(em::remove);
            audit.record(ENTITY, clusterId, "remove", Map.of("ruleId", ruleId, "key", key, "before", String.valueOf(before)));
            return Optional.empty();
        }
        RuleOverride o = existing.orElseGet(RuleOverride::new);
        o.clusterId = clusterId;
        o.ruleId = ruleId;
        o.key = key;
        o.value = String.valueOf(value);
        o.note = note == null || note.isBlank() ? null : note.strip();
        o.updatedBy = by;
        if (existing.isEmpty()) {
            em.persist(o);
        }
        em.flush();
        audit.record(ENTITY, clusterId, "set", Map.of("ruleId", ruleId, "key", key, "before", String.valueOf(before), "after", o.value));
        return Optional.of(o);
    }
}
