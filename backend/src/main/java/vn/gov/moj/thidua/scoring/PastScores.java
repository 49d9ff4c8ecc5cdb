package vn.gov.moj.thidua.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.HistoryEntryPolicy;
import vn.gov.moj.thidua.org.PastPeriods;

/**
 * The secretariat enters a cluster's final result of an ended period: a final score and rank per member unit, no
 * per-criterion entry. A cluster scored with sheets keeps its sheets (409); a rank must not put a lower score above
 * a higher one. The ranking then shows the entered result, marked with who entered it.
 */
@ApplicationScoped
public class PastScores {

    @Inject
    PastPeriods past;

    @Inject
    ClusterRepository clusters;

    @Inject
    ScoreSheetRepository sheets;

    @Inject
    FinalScoreRepository finals;

    @Inject
    RankingService ranking;

    @Inject
    AuditTrail audit;

    @Transactional
    public ClusterRanking enter(UUID periodId, FinalScoresRequest request) {
        EmulationPeriod period = past.openToHistory(periodId);
        Cluster cluster = clusters.findById(request.clusterId());
        if (cluster == null) {
            throw ApiProblem.invalidField("clusterId", Text.of("common.no-such", Text.of("thing.Cluster"), request.clusterId()));
        }
        HistoryEntryPolicy.requireSamePeriod(cluster.periodId, period.id, period.label);
        if (sheets.count("clusterId", cluster.id) > 0) {
            throw ApiProblem.conflict(Text.of("history.cluster-has-sheets", cluster.name));
        }
        List<FieldText> faults = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.scores().size(); i++) {
            UUID unit = request.scores().get(i).unitId();
            if (!cluster.hasMember(unit)) {
                faults.add(new FieldText("scores[" + i + "].unitId", Text.of("campaign.not-a-cluster-member", unit, cluster.name)));
            } else if (!seen.add(unit)) {
                faults.add(new FieldText("scores[" + i + "].unitId", Text.of("org.unit-twice")));
            }
        }
        List<FinalScoresRequest.Score> byRank = request.scores().stream().sorted(Comparator.comparing(FinalScoresRequest.Score::rank)).toList();
        for (int i = 1; i < byRank.size(); i++) {
            FinalScoresRequest.Score above = byRank.get(i - 1);
            FinalScoresRequest.Score below = byRank.get(i);
            if (above.rank() < below.rank() && above.finalScore().compareTo(below.finalScore()) < 0) {
                faults.add(new FieldText("scores", Text.of("history.rank-against-score", below.rank(), below.finalScore(), above.rank(),
                        above.finalScore())));
            }
        }
        if (!faults.isEmpty()) {
            throw ApiProblem.invalidFields(faults);
        }
        finals.delete("clusterId", cluster.id);
        finals.flush();
        String enteredBy = past.enteredBy();
        for (FinalScoresRequest.Score s : request.scores()) {
            FinalScore f = new FinalScore();
            f.clusterId = cluster.id;
            f.unitId = s.unitId();
            f.finalScore = s.finalScore();
            f.finalRank = s.rank();
            f.enteredBy = enteredBy;
            finals.persist(f);
        }
        finals.flush();
        audit.record("Cluster", cluster.id, "enter-history-scores", Map.of("units", request.scores().size(), "enteredBy", enteredBy));
        return ranking.ranking(cluster.id, period.id);
    }
}
