package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * Cluster ranking and the self-vs-verified report, each computed by one set-based SQL statement (window
 * functions over per-sheet aggregates), whatever the number of units and criteria.
 */
@ApplicationScoped
public class RankingService {

    @Inject
    EntityManager em;

    @Inject
    ClusterRepository clusters;

    @Inject
    ScoringTemplateRepository templates;

    @Inject
    UnitDirectory directory;

    @Inject
    FinalScoreRepository finals;

    @Inject
    CurrentUser user;

    public ClusterRanking ranking(UUID clusterId, UUID periodId) {
        Cluster cluster = clusters.findById(clusterId);
        if (cluster == null) {
            throw ApiProblem.notFound("Cluster", clusterId);
        }
        if (periodId != null && !periodId.equals(cluster.periodId)) {
            throw ApiProblem.invalidField("periodId", Text.of("scoring.cluster-other-period"));
        }
        List<FinalScore> entered = finals.list("clusterId = ?1 order by finalRank, unitId", clusterId);
        if (!entered.isEmpty()) {
            return enteredAsHistory(cluster, entered);
        }
        List<String> tieBreak = tieBreakOf(clusterId);
        List<Object[]> rows = rankingQuery(clusterId, tieBreak);
        List<ClusterRanking.Row> ranked = new ArrayList<>();
        Set<UUID> scored = new HashSet<>();
        boolean allLocked = true;
        for (Object[] r : rows) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < tieBreak.size(); i++) {
                values.add((BigDecimal) r[9 + i]);
            }
            ScoreSheetStatus status = ScoreSheetStatus.valueOf((String) r[3]);
            allLocked &= status == ScoreSheetStatus.LOCKED;
            UUID unitId = (UUID) r[1];
            scored.add(unitId);
            ranked.add(new ClusterRanking.Row(((Number) r[7]).intValue(), (Boolean) r[8], unitId, (String) r[2], (UUID) r[0], status,
                    (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], values));
        }
        List<UUID> pendingIds = cluster.members.stream().map(m -> m.unitId).filter(u -> !scored.contains(u)).toList();
        Map<UUID, String> names = directory.namesOf(pendingIds);
        List<ClusterRanking.PendingUnit> pending = pendingIds.stream().map(u -> new ClusterRanking.PendingUnit(u, names.get(u))).toList();
        boolean published = !ranked.isEmpty() && allLocked && pending.isEmpty();
        if (!published && !canSeeDraft(cluster)) {
            throw ApiProblem.notFound("Ranking of cluster", clusterId);
        }
        return new ClusterRanking(cluster.id, cluster.name, cluster.periodId, published, tieBreak, ranked, pending, null);
    }

    /** A past year's final result as entered (PastScores): published, ranks as the minutes gave them, no sheets. */
    private ClusterRanking enteredAsHistory(Cluster cluster, List<FinalScore> entered) {
        Map<UUID, String> names = directory.namesOf(entered.stream().map(f -> f.unitId).toList());
        Map<Integer, Long> perRank = new HashMap<>();
        entered.forEach(f -> perRank.merge(f.finalRank, 1L, Long::sum));
        List<ClusterRanking.Row> rows = entered.stream().map(f -> new ClusterRanking.Row(f.finalRank, perRank.get(f.finalRank) > 1, f.unitId,
                names.get(f.unitId), null, ScoreSheetStatus.LOCKED, f.finalScore, f.finalScore, BigDecimal.ZERO, List.of())).toList();
        Set<UUID> scored = new HashSet<>(entered.stream().map(f -> f.unitId).toList());
        List<UUID> pendingIds = cluster.members.stream().map(m -> m.unitId).filter(u -> !scored.contains(u)).toList();
        Map<UUID, String> pendingNames = directory.namesOf(pendingIds);
        List<ClusterRanking.PendingUnit> pending = pendingIds.stream().map(u -> new ClusterRanking.PendingUnit(u, pendingNames.get(u))).toList();
        return new ClusterRanking(cluster.id, cluster.name, cluster.periodId, true, List.of(), rows, pending, entered.get(0).enteredBy);
    }

    public ScoreCutsReport cuts(UUID clusterId) {
        Cluster cluster = clusters.findById(clusterId);
        if (cluster == null || !canSeeDraft(cluster)) {
            throw ApiProblem.notFound("Cluster", clusterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> byUnit = em.createNativeQuery("""
                SELECT s.unit_id, u.name,
                       coalesce(sum(e.self_points), 0) AS self_total,
                       coalesce(sum(coalesce(e.verified_points, e.self_points)), 0) AS verified_total,
                       coalesce(sum(e.self_points - coalesce(e.verified_points, e.self_points)), 0) AS cut,
                       count(*) FILTER (WHERE e.verified_points < e.self_points) AS criteria_cut
                FROM score_sheet s
                JOIN unit u ON u.id = s.unit_id
                JOIN score_entry e ON e.sheet_id = s.id
                WHERE s.cluster_id = :cluster AND s.status IN ('VERIFIED', 'LOCKED')
                GROUP BY s.unit_id, u.name
                ORDER BY cut DESC, u.name
                """).setParameter("cluster", clusterId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> byCriterion = em.createNativeQuery("""
                SELECT e.criterion_code, e.section_code, min(s.template_id::text) AS template_id,
                       sum(greatest(e.self_points - e.verified_points, 0)) AS total_cut,
                       max(e.self_points - e.verified_points) AS largest_cut,
                       count(*) FILTER (WHERE e.verified_points < e.self_points) AS units_cut
                FROM score_sheet s
                JOIN score_entry e ON e.sheet_id = s.id
                WHERE s.cluster_id = :cluster AND s.status IN ('VERIFIED', 'LOCKED') AND e.verified_points < e.self_points
                GROUP BY e.criterion_code, e.section_code
                ORDER BY total_cut DESC, e.criterion_code
                """).setParameter("cluster", clusterId).getResultList();
        Map<UUID, ScoringTemplate> cache = new HashMap<>();
        List<ScoreCutsReport.UnitCut> units = byUnit.stream().map(r -> new ScoreCutsReport.UnitCut((UUID) r[0], (String) r[1],
                (BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4], ((Number) r[5]).intValue())).toList();
        List<ScoreCutsReport.CriterionCut> criteria = byCriterion.stream().map(r -> {
            ScoringTemplate template = cache.computeIfAbsent(UUID.fromString((String) r[2]), templates::findById);
            String text = template.criterion((String) r[0]).map(l -> l.criterion().text()).orElse(null);
            return new ScoreCutsReport.CriterionCut((String) r[0], (String) r[1], text, (BigDecimal) r[3], (BigDecimal) r[4],
                    ((Number) r[5]).intValue());
        }).toList();
        return new ScoreCutsReport(clusterId, units, criteria);
    }

    /** The tie-break order of the template the cluster's sheets use (the latest published, if they differ). */
    private List<String> tieBreakOf(UUID clusterId) {
        // Reads the tie-break column only: the templates' criteria documents are large and not needed here.
        @SuppressWarnings("unchecked")
        List<String> rules = em.createNativeQuery("""
                SELECT e.rule FROM (
                    SELECT tie_break FROM scoring_template
                    WHERE id IN (SELECT template_id FROM score_sheet WHERE cluster_id = :cluster)
                    ORDER BY published_at DESC NULLS LAST LIMIT 1) t,
                    jsonb_array_elements_text(t.tie_break) WITH ORDINALITY e(rule, n)
                ORDER BY e.n""", String.class)
                .setParameter("cluster", clusterId)
                .getResultList();
        return rules;
    }

    /**
     * Totals per sheet (verified where verified, else self), then RANK() over the total and the tie-break
     * columns; {@code tied} marks rows still equal on all of them. Tie-break columns are bound parameters,
     * only their count shapes the SQL.
     */
    private List<Object[]> rankingQuery(UUID clusterId, List<String> tieBreak) {
        StringBuilder extraColumns = new StringBuilder();
        StringBuilder order = new StringBuilder("t.total DESC");
        StringBuilder partition = new StringBuilder("t.total");
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < tieBreak.size(); i++) {
            String rule = tieBreak.get(i);
            if (rule.startsWith(TemplateValidationPolicy.SECTION_PREFIX)) {
                extraColumns.append(", coalesce(sum(x.points) FILTER (WHERE x.section_code = :tb").append(i).append("), 0) AS tb").append(i);
            } else {
                extraColumns.append(", coalesce(sum(x.deductions), 0) AS tb").append(i);
            }
            order.append(", t.tb").append(i).append(" DESC");
            partition.append(", t.tb").append(i);
            select.append(", t.tb").append(i);
        }
        // Each sheet's section totals (score_section_total, V92: the entries' sums kept current by triggers, a few
        // rows per sheet instead of 120 entries) are summed in a LATERAL subquery, so the plan reads them by sheet id
        // whatever the plan cache decides: a generic plan of a join + GROUP BY scanned every sheet's rows (bench/).
        String sql = """
                WITH totals AS (
                    SELECT s.id AS sheet_id, s.unit_id, s.status, a.*
                    FROM score_sheet s
                    CROSS JOIN LATERAL (
                        SELECT coalesce(sum(x.points), 0) AS total,
                               coalesce(sum(x.self_points), 0) AS self_total,
                               coalesce(sum(x.deductions), 0) AS deductions
                               %s
                        FROM score_section_total x WHERE x.sheet_id = s.id) a
                    WHERE s.cluster_id = :cluster AND s.status <> 'DRAFT'
                )
                SELECT t.sheet_id, t.unit_id, u.name, t.status, t.total, t.self_total, t.deductions,
                       RANK() OVER (ORDER BY %s) AS rank,
                       count(*) OVER (PARTITION BY %s) > 1 AS tied
                       %s
                FROM totals t
                JOIN unit u ON u.id = t.unit_id
                ORDER BY rank, u.name
                """.formatted(extraColumns, order, partition, select);
        Query query = em.createNativeQuery(sql).setParameter("cluster", clusterId);
        for (int i = 0; i < tieBreak.size(); i++) {
            String rule = tieBreak.get(i);
            if (rule.startsWith(TemplateValidationPolicy.SECTION_PREFIX)) {
                query.setParameter("tb" + i, rule.substring(TemplateValidationPolicy.SECTION_PREFIX.length()));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result;
    }

    private boolean canSeeDraft(Cluster cluster) {
        return user.readsAllUnits() || user.unitId().map(cluster::hasMember).orElse(false);
    }
}
