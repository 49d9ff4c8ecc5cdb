package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.common.read.WaitingItem;

/** {@link OrgReads} over the organisation tables. */
@ApplicationScoped
public class SqlOrgReads implements OrgReads {

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> clustersLedBy(UUID unitId) {
        return em.createNativeQuery("SELECT DISTINCT m.cluster_id FROM cluster_member m WHERE m.unit_id = :unit AND m.role IN (:lead)",
                UUID.class).setParameter("unit", unitId)
                .setParameter("lead", List.of(ClusterRole.HEAD.name(), ClusterRole.DEPUTY.name())).getResultList();
    }

    @Override
    public List<WaitingItem> clustersWithoutHead(LocalDate today, int limit) {
        return WaitingItem.list(em.createNativeQuery("""
                SELECT c.id, c.name, p.label, p.end_date
                FROM cluster c JOIN emulation_period p ON p.id = c.period_id
                WHERE p.end_date >= :today
                  AND NOT EXISTS (SELECT 1 FROM cluster_member m WHERE m.cluster_id = c.id AND m.role = :head)""")
                .setParameter("today", today).setParameter("head", ClusterRole.HEAD.name()), limit);
    }

    @Override
    public Optional<UnitLine> unit(UUID unitId) {
        return lines(List.of(unitId)).stream().findFirst();
    }

    @Override
    public List<UnitLine> lineage(UUID unitId) {
        return lines(directory.lineageOf(unitId));
    }

    @SuppressWarnings("unchecked")
    private List<UnitLine> lines(List<UUID> ids) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, valid_from, valid_to FROM unit WHERE id IN (:ids) ORDER BY valid_from DESC, name")
                .setParameter("ids", ids).getResultList();
        return rows.stream().map(r -> new UnitLine((UUID) r[0], (String) r[1], WaitingItem.date(r[2]), WaitingItem.date(r[3]))).toList();
    }
}
