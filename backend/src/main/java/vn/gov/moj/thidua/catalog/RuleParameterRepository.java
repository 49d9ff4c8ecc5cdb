package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleParameterRepository implements PanacheRepositoryBase<RuleParameter, UUID> {

    public Optional<RuleParameter> inForce(String ruleId, String key, LocalDate date) {
        return find("ruleId = ?1 and key = ?2 and effectiveFrom <= ?3 and (effectiveTo is null or effectiveTo >= ?3)",
                ruleId, key, date).firstResultOptional();
    }

    public List<RuleParameter> versionsOf(String ruleId, String key) {
        return list("ruleId = ?1 and key = ?2", Sort.by("effectiveFrom"), ruleId, key);
    }
}
