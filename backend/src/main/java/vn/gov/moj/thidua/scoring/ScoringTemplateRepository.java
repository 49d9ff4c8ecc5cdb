package vn.gov.moj.thidua.scoring;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ScoringTemplateRepository implements PanacheRepositoryBase<ScoringTemplate, UUID> {

    public Optional<ScoringTemplate> published(UUID periodId, TargetGroup group) {
        return find("periodId = ?1 and targetGroup = ?2 and status = ?3", periodId, group, TemplateStatus.PUBLISHED).firstResultOptional();
    }

    public int nextVersionNo(UUID periodId, TargetGroup group) {
        Integer max = getEntityManager()
                .createQuery("select max(t.versionNo) from ScoringTemplate t where t.periodId = :p and t.targetGroup = :g", Integer.class)
                .setParameter("p", periodId).setParameter("g", group).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
