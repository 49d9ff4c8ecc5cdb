package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.moj.thidua.catalog.HolidayCalendar;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.read.WaitingItem;
import vn.gov.moj.thidua.common.time.WorkingDays;

/** {@link DossierReads} in one query over dossiers, their award type and nominee. */
@ApplicationScoped
public class SqlDossierReads implements DossierReads {

    private static final String DOSSIERS = """
            SELECT n.id, t.name, coalesce(p.full_name, nu.name) || ' — ' || u.name,
                   CASE WHEN n.status = :inComment THEN n.comment_closing_date END, n.status, n.received_on
            FROM nomination n JOIN award_type t ON t.id = n.award_type_id JOIN unit u ON u.id = n.unit_id
            LEFT JOIN person p ON p.id = n.person_id LEFT JOIN unit nu ON nu.id = n.nominee_unit_id
            WHERE n.status IN (:statuses)""";

    @Inject
    EntityManager em;

    @Inject
    HolidayCalendar calendar;

    @Inject
    RuleBook rules;

    @Override
    public List<WaitingItem> ofUnit(UUID unitId, Set<NominationStatus> statuses, int limit) {
        return items(query(DOSSIERS + " AND n.unit_id = :unit", statuses).setParameter("unit", unitId), limit);
    }

    @Override
    public List<WaitingItem> inStates(Set<NominationStatus> statuses, int limit) {
        return items(query(DOSSIERS, statuses), limit);
    }

    /** Rows with their due date: the comment's closing date, or the appraisal time from the day the dossier was received. */
    @SuppressWarnings("unchecked")
    private List<WaitingItem> items(Query query, int limit) {
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        WorkingDays days = rows.stream().anyMatch(r -> r[5] != null) ? calendar.workingDays() : null;
        return rows.stream().map(r -> {
            LocalDate due = WaitingItem.date(r[3]);
            LocalDate received = WaitingItem.date(r[5]);
            NominationStatus status = NominationStatus.valueOf((String) r[4]);
            if (received != null && (status == NominationStatus.RECEIVED || status == NominationStatus.APPRAISING)) {
                Integer n = rules.valueOn(DeadlinePolicy.APPRAISAL_RULE, DeadlinePolicy.KEY, received).map(RuleValue::integer).orElse(null);
                due = n == null ? null : days.plus(received, n);
            }
            return new WaitingItem((UUID) r[0], (String) r[1], (String) r[2], due);
        }).toList();
    }

    private Query query(String sql, Set<NominationStatus> statuses) {
        return em.createNativeQuery(sql).setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("inComment", NominationStatus.PUBLIC_COMMENT.name());
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<UUID, Long> dossiersByCluster(UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.cluster_id, count(*) FROM nomination n
                JOIN cluster_member m ON m.unit_id = n.unit_id JOIN cluster c ON c.id = m.cluster_id AND c.period_id = n.period_id
                WHERE n.period_id = :period GROUP BY m.cluster_id""").setParameter("period", periodId).getResultList();
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<NominationStatus, Long> dossiersByStatus(UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("SELECT status, count(*) FROM nomination WHERE period_id = :period GROUP BY status")
                .setParameter("period", periodId).getResultList();
        java.util.Map<NominationStatus, Long> counts = new java.util.EnumMap<>(NominationStatus.class);
        rows.forEach(r -> counts.put(NominationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }
}
