package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.moj.thidua.common.read.WaitingItem;

/** {@link ScoringReads} as set-based queries; states are bound from {@link ScoreSheetStatus}. */
@ApplicationScoped
public class SqlScoringReads implements ScoringReads {

    private static final List<String> BEING_FILLED = List.of(ScoreSheetStatus.DRAFT.name(), ScoreSheetStatus.RETURNED.name());
    private static final List<String> VERIFIED = List.of(ScoreSheetStatus.VERIFIED.name(), ScoreSheetStatus.LOCKED.name());

    /** A sheet with its cluster's name and its unit's name (columns: id, title, detail, due). */
    private static final String SHEET = """
            SELECT s.id, c.name, %s, CAST(NULL AS date)
            FROM score_sheet s JOIN cluster c ON c.id = s.cluster_id JOIN scoring_template st ON st.id = s.template_id
            JOIN unit u ON u.id = s.unit_id
            WHERE\s""";

    /** Totals per submitted sheet and RANK() by total within its cluster. */
    private static final String RANKED_SHEETS = """
            SELECT t.*, RANK() OVER (PARTITION BY t.cluster_id ORDER BY t.total DESC) AS rnk,
                   count(*) OVER (PARTITION BY t.cluster_id) AS ranked
            FROM (
                SELECT s.id, s.cluster_id, s.unit_id, s.status,
                       coalesce(sum(e.self_points), 0) AS self_total,
                       coalesce(sum(coalesce(e.verified_points, e.self_points)), 0) AS total,
                       count(e.sheet_id) FILTER (WHERE e.verified_points < e.self_points) AS criteria_cut
                FROM score_sheet s LEFT JOIN score_entry e ON e.sheet_id = s.id
                WHERE s.status <> :draft
                GROUP BY s.id, s.cluster_id, s.unit_id, s.status) t
            """;

    @Inject
    EntityManager em;

    @Override
    public List<WaitingItem> sheetsToFill(UUID unitId, int limit) {
        return WaitingItem.list(em.createNativeQuery(SHEET.formatted("s.status") + "s.unit_id = :unit AND s.status IN (:filling)")
                .setParameter("unit", unitId).setParameter("filling", BEING_FILLED), limit);
    }

    @Override
    public List<WaitingItem> sheetsToVerify(Collection<UUID> clusterIds, UUID leadUnitId, int limit) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        return WaitingItem.list(em.createNativeQuery(SHEET.formatted("u.name") + """
                s.cluster_id IN (:clusters) AND s.unit_id <> :unit
                  AND ((s.status = :submitted AND NOT st.requires_certification) OR s.status = :certified)""")
                .setParameter("clusters", clusterIds).setParameter("unit", leadUnitId)
                .setParameter("submitted", ScoreSheetStatus.SUBMITTED.name()).setParameter("certified", ScoreSheetStatus.CERTIFIED.name()),
                limit);
    }

    @Override
    public List<WaitingItem> sheetsToLock(Collection<UUID> clusterIds, UUID leadUnitId, int limit) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        return WaitingItem.list(em.createNativeQuery(SHEET.formatted("u.name") + "s.cluster_id IN (:clusters) AND s.unit_id <> :unit AND s.status = :verified")
                .setParameter("clusters", clusterIds).setParameter("unit", leadUnitId)
                .setParameter("verified", ScoreSheetStatus.VERIFIED.name()), limit);
    }

    @Override
    public List<WaitingItem> sheetsToCertify(int limit) {
        return WaitingItem.list(em.createNativeQuery(SHEET.formatted("u.name") + "s.status = :submitted AND st.requires_certification")
                .setParameter("submitted", ScoreSheetStatus.SUBMITTED.name()), limit);
    }

    @Override
    public List<ClusterScoring> clusters(UUID periodId) {
        Query query = em.createNativeQuery("WITH r AS (" + RANKED_SHEETS + """
                ), m AS (SELECT cluster_id, count(*) AS members FROM cluster_member GROUP BY cluster_id)
                SELECT c.id, c.name, c.period_id, p.label, coalesce(max(m.members), 0),
                       count(r.id), count(*) FILTER (WHERE r.status IN (:verified)),
                       count(*) FILTER (WHERE r.status = :locked),
                       (array_agg(u.name ORDER BY r.rnk, u.name) FILTER (WHERE r.id IS NOT NULL))[1],
                       max(r.total),
                       coalesce(sum(r.self_total) FILTER (WHERE r.status IN (:verified)), 0),
                       coalesce(sum(r.total) FILTER (WHERE r.status IN (:verified)), 0),
                       coalesce(sum(r.criteria_cut) FILTER (WHERE r.status IN (:verified)), 0)
                FROM cluster c
                JOIN emulation_period p ON p.id = c.period_id
                LEFT JOIN m ON m.cluster_id = c.id
                LEFT JOIN r ON r.cluster_id = c.id
                LEFT JOIN unit u ON u.id = r.unit_id
                """ + (periodId != null ? " WHERE c.period_id = :period" : "") + """
                 GROUP BY c.id, c.name, c.period_id, p.label, p.start_date
                 ORDER BY p.start_date DESC, c.name
                """)
                .setParameter("draft", ScoreSheetStatus.DRAFT.name())
                .setParameter("verified", VERIFIED)
                .setParameter("locked", ScoreSheetStatus.LOCKED.name());
        if (periodId != null) {
            query.setParameter("period", periodId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ClusterScoring((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], num(r[4]), num(r[5]),
                num(r[6]), num(r[7]), (String) r[8], (BigDecimal) r[9], (BigDecimal) r[10], (BigDecimal) r[11], num(r[12]))).toList();
    }

    @Override
    public List<UnitScore> unitScores(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH r AS (" + RANKED_SHEETS + """
                ) SELECT CAST(extract(year FROM p.end_date) AS integer), p.label, c.id, c.name, u.name, r.status, r.total,
                         r.self_total, r.rnk, r.ranked
                FROM r JOIN cluster c ON c.id = r.cluster_id JOIN emulation_period p ON p.id = c.period_id
                JOIN unit u ON u.id = r.unit_id
                WHERE r.unit_id IN (:ids)
                ORDER BY p.end_date DESC, c.name
                """).setParameter("draft", ScoreSheetStatus.DRAFT.name()).setParameter("ids", unitIds).getResultList();
        return rows.stream().map(r -> new UnitScore(((Number) r[0]).intValue(), (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                ScoreSheetStatus.valueOf((String) r[5]), (BigDecimal) r[6], (BigDecimal) r[7], ((Number) r[8]).intValue(), num(r[9])))
                .toList();
    }


    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<UUID, SheetCounts> sheetCountsByCluster(UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.cluster_id, count(*) FILTER (WHERE s.status <> :draft),
                       count(*) FILTER (WHERE s.status IN (:verified, :locked)), count(*) FILTER (WHERE s.status = :locked)
                FROM score_sheet s JOIN cluster c ON c.id = s.cluster_id WHERE c.period_id = :period GROUP BY s.cluster_id""")
                .setParameter("draft", ScoreSheetStatus.DRAFT.name()).setParameter("verified", ScoreSheetStatus.VERIFIED.name())
                .setParameter("locked", ScoreSheetStatus.LOCKED.name()).setParameter("period", periodId).getResultList();
        java.util.Map<UUID, SheetCounts> counts = new java.util.HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], new SheetCounts(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())));
        return counts;
    }
}
