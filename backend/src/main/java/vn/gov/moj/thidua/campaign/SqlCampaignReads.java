package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.moj.thidua.common.read.WaitingItem;

/** {@link CampaignReads} as set-based queries; states are bound from the enums, so a renamed state fails the build. */
@ApplicationScoped
public class SqlCampaignReads implements CampaignReads {

    /** States in which a campaign accepts registrations (CampaignLifecycle.acceptsRegistrations). */
    private static final List<String> REGISTERING = names(CampaignStatus.LAUNCHED, CampaignStatus.IN_PROGRESS);
    /** States in which a target unit still owes its reports. */
    private static final List<String> RUNNING = names(CampaignStatus.LAUNCHED, CampaignStatus.IN_PROGRESS, CampaignStatus.FINAL_REVIEW);

    private static final String REGISTRATIONS_BY_CAMPAIGN = """
            SELECT c.id, c.title, %s, coalesce(c.registration_deadline, c.end_date)
            FROM registration r JOIN campaign c ON c.id = r.campaign_id
            WHERE r.status = :status %s
            GROUP BY c.id, c.title, c.registration_deadline, c.end_date""";

    @Inject
    EntityManager em;

    /** Statistics reads: on the read replica when one is configured (docs/scale-out.md). */
    @Inject
    vn.gov.moj.thidua.common.persistence.ReportQueries reportQueries;

    @Override
    public List<WaitingItem> openForRegistration(UUID unitId, LocalDate today, int limit) {
        return WaitingItem.list(em.createNativeQuery("""
                SELECT c.id, c.title, CAST(NULL AS varchar), coalesce(c.registration_deadline, c.end_date)
                FROM campaign c JOIN campaign_target_unit t ON t.campaign_id = c.id AND t.unit_id = :unit
                WHERE c.status IN (:registering) AND coalesce(c.registration_deadline, c.end_date) >= :today
                  AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.campaign_id = c.id AND r.unit_id = :unit)""")
                .setParameter("unit", unitId).setParameter("registering", REGISTERING).setParameter("today", today), limit);
    }

    @Override
    public List<WaitingItem> reportsOwed(UUID unitId, int limit) {
        return WaitingItem.list(em.createNativeQuery("""
                SELECT c.id, c.title, st.stage, CASE st.stage WHEN :interim THEN c.interim_report_due ELSE c.final_report_due END
                FROM campaign c JOIN campaign_target_unit t ON t.campaign_id = c.id AND t.unit_id = :unit
                CROSS JOIN (VALUES (CAST(:interim AS varchar)), (CAST(:final AS varchar))) AS st(stage)
                WHERE c.status IN (:running)
                  AND (CASE st.stage WHEN :interim THEN c.interim_report_due ELSE c.final_report_due END) IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM campaign_report cr WHERE cr.campaign_id = c.id AND cr.unit_id = :unit
                                  AND cr.stage = st.stage)""")
                .setParameter("unit", unitId).setParameter("running", RUNNING)
                .setParameter("interim", ReportStage.INTERIM.name()).setParameter("final", ReportStage.FINAL.name()), limit);
    }

    @Override
    public List<WaitingItem> returnedRegistrations(UUID unitId, int limit) {
        return WaitingItem.list(em.createNativeQuery(REGISTRATIONS_BY_CAMPAIGN.formatted("min(r.return_reason)", "AND r.unit_id = :unit"))
                .setParameter("unit", unitId).setParameter("status", RegistrationStatus.RETURNED.name()), limit);
    }

    @Override
    public List<WaitingItem> registrationsToSubmit(UUID unitId, int limit) {
        return WaitingItem.list(em.createNativeQuery(REGISTRATIONS_BY_CAMPAIGN.formatted("CAST(count(*) AS varchar)", "AND r.unit_id = :unit"))
                .setParameter("unit", unitId).setParameter("status", RegistrationStatus.DRAFT.name()), limit);
    }

    @Override
    public List<WaitingItem> registrationsToApprove(int limit) {
        return WaitingItem.list(em.createNativeQuery(REGISTRATIONS_BY_CAMPAIGN.formatted("CAST(count(*) AS varchar)", ""))
                .setParameter("status", RegistrationStatus.SUBMITTED.name()), limit);
    }

    @Override
    public List<WaitingItem> draftsToLaunch(int limit) {
        return WaitingItem.list(em.createNativeQuery("""
                SELECT c.id, c.title, CAST(NULL AS varchar), c.start_date FROM campaign c WHERE c.status = :draft""")
                .setParameter("draft", CampaignStatus.DRAFT.name()), limit);
    }

    @Override
    public List<Participation> participation(UUID periodId, CampaignStatus status, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (periodId != null) {
            where.append(" AND c.period_id = :period");
        }
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        Query query = em.createNativeQuery("""
                WITH target AS (
                    SELECT ct.campaign_id, ct.unit_id,
                           EXISTS (SELECT 1 FROM registration r WHERE r.campaign_id = ct.campaign_id AND r.unit_id = ct.unit_id
                                   AND r.status <> :regDraft) AS registered,
                           EXISTS (SELECT 1 FROM campaign_report cr WHERE cr.campaign_id = ct.campaign_id AND cr.unit_id = ct.unit_id
                                   AND cr.stage = :interim) AS interim,
                           EXISTS (SELECT 1 FROM campaign_report cr WHERE cr.campaign_id = ct.campaign_id AND cr.unit_id = ct.unit_id
                                   AND cr.stage = :final) AS final
                    FROM campaign_target_unit ct
                ), regs AS (
                    SELECT campaign_id, count(*) FILTER (WHERE status <> :regDraft) AS submitted,
                           count(*) FILTER (WHERE status = :approved) AS approved
                    FROM registration GROUP BY campaign_id
                )
                SELECT c.id, c.title, c.status, c.scope, c.start_date, c.end_date,
                       count(t.unit_id), count(*) FILTER (WHERE t.registered), count(*) FILTER (WHERE t.interim),
                       count(*) FILTER (WHERE t.final),
                       count(*) FILTER (WHERE c.status <> :draft AND t.unit_id IS NOT NULL AND (
                           (coalesce(c.registration_deadline, c.end_date) < :today AND NOT t.registered)
                           OR (c.interim_report_due < :today AND NOT t.interim)
                           OR (c.final_report_due < :today AND NOT t.final))),
                       coalesce(max(g.submitted), 0), coalesce(max(g.approved), 0)
                FROM campaign c
                LEFT JOIN target t ON t.campaign_id = c.id
                LEFT JOIN regs g ON g.campaign_id = c.id
                """ + where + """
                 GROUP BY c.id, c.title, c.status, c.scope, c.start_date, c.end_date
                 ORDER BY c.start_date DESC, c.title
                """)
                .setParameter("today", today)
                .setParameter("draft", CampaignStatus.DRAFT.name())
                .setParameter("regDraft", RegistrationStatus.DRAFT.name())
                .setParameter("approved", RegistrationStatus.APPROVED.name())
                .setParameter("interim", ReportStage.INTERIM.name())
                .setParameter("final", ReportStage.FINAL.name());
        if (periodId != null) {
            query.setParameter("period", periodId);
        }
        if (status != null) {
            query.setParameter("status", status.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Participation((UUID) r[0], (String) r[1], CampaignStatus.valueOf((String) r[2]),
                CampaignScope.valueOf((String) r[3]), WaitingItem.date(r[4]), WaitingItem.date(r[5]), num(r[6]), num(r[7]), num(r[8]),
                num(r[9]), num(r[10]), num(r[11]), num(r[12]))).toList();
    }


    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<String> names(Enum<?>... values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    @Override
    public ParticipationTotals participationTotals(UUID periodId) {
        Object[] t = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT c.id), count(ct.unit_id),
                       count(ct.unit_id) FILTER (WHERE EXISTS (SELECT 1 FROM registration r WHERE r.campaign_id = ct.campaign_id
                               AND r.unit_id = ct.unit_id AND r.status <> :draft)),
                       count(ct.unit_id) FILTER (WHERE EXISTS (SELECT 1 FROM campaign_report cr WHERE cr.campaign_id = ct.campaign_id
                               AND cr.unit_id = ct.unit_id AND cr.stage = :final))
                FROM campaign c LEFT JOIN campaign_target_unit ct ON ct.campaign_id = c.id
                WHERE c.period_id = :period""").setParameter("draft", RegistrationStatus.DRAFT.name())
                .setParameter("final", ReportStage.FINAL.name()).setParameter("period", periodId).getSingleResult();
        return new ParticipationTotals(((Number) t[0]).longValue(), ((Number) t[1]).longValue(), ((Number) t[2]).longValue(),
                ((Number) t[3]).longValue());
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<RegistrationStatus, Long> registrationsByStatus(UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.status, count(*) FROM registration r JOIN campaign c ON c.id = r.campaign_id
                WHERE c.period_id = :period GROUP BY r.status""").setParameter("period", periodId).getResultList();
        java.util.Map<RegistrationStatus, Long> counts = new java.util.EnumMap<>(RegistrationStatus.class);
        rows.forEach(r -> counts.put(RegistrationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public List<StatisticsCampaign> statisticsCampaigns(LocalDate from, LocalDate to) {
        List<Object[]> rows = reportQueries.list("""
                SELECT c.id, c.title, c.type, c.scope, c.launch_level, c.organising_scope, c.start_date, c.end_date
                FROM campaign c WHERE c.status <> ? AND c.start_date <= ? AND c.end_date >= ?
                ORDER BY c.start_date, c.title""", CampaignStatus.DRAFT.name(), to, from);
        return rows.stream().map(r -> new StatisticsCampaign((UUID) r[0], (String) r[1], CampaignType.valueOf((String) r[2]),
                CampaignScope.valueOf((String) r[3]), (String) r[4], (String) r[5], WaitingItem.date(r[6]),
                WaitingItem.date(r[7]))).toList();
    }

}
