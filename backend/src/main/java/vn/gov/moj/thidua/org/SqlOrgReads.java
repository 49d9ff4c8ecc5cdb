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

    @Override
    public Optional<PeriodLine> period(UUID periodId) {
        return periodRows(em.createNativeQuery("SELECT id, label, start_date, end_date FROM emulation_period WHERE id = :id")
                .setParameter("id", periodId));
    }

    @Override
    public Optional<PeriodLine> currentPeriod(LocalDate today) {
        return periodRows(em.createNativeQuery("""
                SELECT id, label, start_date, end_date FROM emulation_period
                ORDER BY (start_date <= :today AND end_date >= :today) DESC, (start_date <= :today) DESC,
                         CASE WHEN start_date <= :today THEN start_date END DESC, start_date
                LIMIT 1""").setParameter("today", today));
    }

    @SuppressWarnings("unchecked")
    private static Optional<PeriodLine> periodRows(jakarta.persistence.Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> new PeriodLine((UUID) r[0], (String) r[1], localDate(r[2]), localDate(r[3])));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClusterLine> clustersOf(UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.name, (SELECT count(*) FROM cluster_member m WHERE m.cluster_id = c.id)
                FROM cluster c WHERE c.period_id = :period ORDER BY c.name""").setParameter("period", periodId).getResultList();
        return rows.stream().map(r -> new ClusterLine((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PeriodLine> periodsBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, label, start_date, end_date FROM emulation_period WHERE start_date <= :to AND end_date >= :from
                ORDER BY start_date""").setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new PeriodLine((UUID) r[0], (String) r[1], WaitingItem.date(r[2]),
                WaitingItem.date(r[3]))).toList();
    }

}
