package vn.gov.moj.thidua.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.campaign.RegistrationStatus;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.nomination.NominationStatus;

/**
 * The year dashboard. Like the other reports it reads the organisation, scoring, voting, campaign and nomination
 * tables directly, one grouped statement per part; the SQL stays in this class so that moving it behind each
 * capability's read interface later touches one file.
 */
@ApplicationScoped
public class YearDashboardService {

    @Inject
    EntityManager em;

    /** periodId, or the period today falls in, else the latest one that has started, else the first to come. */
    public YearDashboard dashboard(UUID periodId) {
        Object[] period = periodId != null ? period(periodId) : currentPeriod();
        UUID id = (UUID) period[0];
        return new YearDashboard(id, (String) period[1], date(period[2]), date(period[3]), clusters(id), participation(id),
                dossiers(id), awards(date(period[2]).getYear(), date(period[3]).getYear()));
    }

    private Object[] period(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, label, start_date, end_date FROM emulation_period WHERE id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("Period", id);
        }
        return rows.get(0);
    }

    private Object[] currentPeriod() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, label, start_date, end_date FROM emulation_period
                ORDER BY (start_date <= :today AND end_date >= :today) DESC, (start_date <= :today) DESC,
                         CASE WHEN start_date <= :today THEN start_date END DESC, start_date
                LIMIT 1""").setParameter("today", LocalDate.now(ReportService.VIETNAM)).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("Period", "current");
        }
        return rows.get(0);
    }

    private List<YearDashboard.ClusterStatus> clusters(UUID periodId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.name,
                       (SELECT count(*) FROM cluster_member m WHERE m.cluster_id = c.id),
                       (SELECT count(*) FROM score_sheet s WHERE s.cluster_id = c.id AND s.status <> 'DRAFT'),
                       (SELECT count(*) FROM score_sheet s WHERE s.cluster_id = c.id AND s.status IN ('VERIFIED', 'LOCKED')),
                       (SELECT count(*) FROM score_sheet s WHERE s.cluster_id = c.id AND s.status = 'LOCKED'),
                       (SELECT count(*) FROM voting_session v WHERE v.cluster_id = c.id AND v.purpose = 'CLUSTER_ELECTION'),
                       (SELECT count(*) FROM voting_session v WHERE v.cluster_id = c.id AND v.purpose = 'CLUSTER_ELECTION'
                               AND v.status IN ('CLOSED', 'TALLIED', 'PUBLISHED')),
                       (SELECT count(*) FROM nomination n JOIN cluster_member m ON m.unit_id = n.unit_id AND m.cluster_id = c.id
                               WHERE n.period_id = c.period_id)
                FROM cluster c WHERE c.period_id = :period ORDER BY c.name""").setParameter("period", periodId).getResultList();
        return rows.stream().map(r -> {
            long members = num(r[2]);
            long locked = num(r[5]);
            // Same rule as the ranking: published once every member's sheet is locked.
            return new YearDashboard.ClusterStatus((UUID) r[0], (String) r[1], members, num(r[3]), num(r[4]), locked,
                    members > 0 && locked == members, num(r[6]), num(r[7]), num(r[8]));
        }).toList();
    }

    private YearDashboard.Participation participation(UUID periodId) {
        Object[] t = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT c.id), count(ct.unit_id),
                       count(ct.unit_id) FILTER (WHERE EXISTS (SELECT 1 FROM registration r WHERE r.campaign_id = ct.campaign_id
                               AND r.unit_id = ct.unit_id AND r.status <> 'DRAFT')),
                       count(ct.unit_id) FILTER (WHERE EXISTS (SELECT 1 FROM campaign_report cr WHERE cr.campaign_id = ct.campaign_id
                               AND cr.unit_id = ct.unit_id AND cr.stage = 'FINAL'))
                FROM campaign c LEFT JOIN campaign_target_unit ct ON ct.campaign_id = c.id
                WHERE c.period_id = :period""").setParameter("period", periodId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> byStatus = em.createNativeQuery("""
                SELECT r.status, count(*) FROM registration r JOIN campaign c ON c.id = r.campaign_id
                WHERE c.period_id = :period GROUP BY r.status""").setParameter("period", periodId).getResultList();
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        byStatus.forEach(r -> counts.put(RegistrationStatus.valueOf((String) r[0]), num(r[1])));
        List<YearDashboard.RegistrationCount> registrations = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            registrations.add(new YearDashboard.RegistrationCount(status, counts.getOrDefault(status, 0L)));
        }
        long targets = num(t[1]);
        long registered = num(t[2]);
        return new YearDashboard.Participation(num(t[0]), targets, registered, num(t[3]), ReportService.share(registered, targets),
                registrations);
    }

    private List<YearDashboard.DossierCount> dossiers(UUID periodId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, count(*) FROM nomination WHERE period_id = :period GROUP BY status")
                .setParameter("period", periodId).getResultList();
        Map<NominationStatus, Long> counts = new EnumMap<>(NominationStatus.class);
        rows.forEach(r -> counts.put(NominationStatus.valueOf((String) r[0]), num(r[1])));
        return counts.entrySet().stream().map(e -> new YearDashboard.DossierCount(e.getKey(), e.getValue())).toList();
    }

    private List<YearDashboard.AwardLevelCount> awards(int yearFrom, int yearTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.level, count(*) FILTER (WHERE a.person_id IS NOT NULL), count(*) FILTER (WHERE a.unit_id IS NOT NULL)
                FROM award a JOIN award_type t ON t.id = a.award_type_id
                WHERE a.revoked_at IS NULL AND a.year BETWEEN :from AND :to GROUP BY t.level""")
                .setParameter("from", yearFrom).setParameter("to", yearTo).getResultList();
        Map<AwardLevel, long[]> counts = new EnumMap<>(AwardLevel.class);
        rows.forEach(r -> counts.put(AwardLevel.valueOf((String) r[0]), new long[] { num(r[1]), num(r[2]) }));
        List<YearDashboard.AwardLevelCount> result = new ArrayList<>();
        for (AwardLevel level : AwardLevel.values()) {
            long[] c = counts.getOrDefault(level, new long[2]);
            result.add(new YearDashboard.AwardLevelCount(level, c[0], c[1]));
        }
        return result;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
