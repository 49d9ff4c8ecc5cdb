package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import vn.gov.moj.thidua.common.read.WaitingItem;

/**
 * What the inbox and reports read of scoring, as small records. Which sheet states wait on whom stays here.
 * Waiting sheets carry the cluster name as title.
 */
public interface ScoringReads {

    /** The unit's sheets still being filled in (draft or returned); detail: the {@link ScoreSheetStatus}. */
    List<WaitingItem> sheetsToFill(UUID unitId, int limit);

    /** Sheets of these clusters' other members ready for the lead's verification; detail: the member's name. */
    List<WaitingItem> sheetsToVerify(Collection<UUID> clusterIds, UUID leadUnitId, int limit);

    /** Verified sheets of these clusters' other members, to lock; detail: the member's name. */
    List<WaitingItem> sheetsToLock(Collection<UUID> clusterIds, UUID leadUnitId, int limit);

    /** Submitted sheets whose template requires the secretariat's certification; detail: the unit's name. */
    List<WaitingItem> sheetsToCertify(int limit);

    /** Per cluster (optionally one period's): sheets' progress, the leader and the self-vs-verified cut; latest period first. */
    List<ClusterScoring> clusters(UUID periodId);

    /** Every submitted sheet of these units with its total and rank in its cluster; latest period first. */
    List<UnitScore> unitScores(Collection<UUID> unitIds);

    /** One cluster's scoring; totals over verified and locked sheets. */
    record ClusterScoring(UUID clusterId, String clusterName, UUID periodId, String periodLabel, long members, long submittedSheets,
            long verifiedSheets, long lockedSheets, String topUnitName, BigDecimal topTotal, BigDecimal selfTotal,
            BigDecimal verifiedTotal, long criteriaCut) {
    }

    /** One unit's sheet: total (verified where verified, else self) and rank by total among its cluster's submitted sheets. */
    record UnitScore(int year, String periodLabel, UUID clusterId, String clusterName, String unitName, ScoreSheetStatus status,
            BigDecimal total, BigDecimal selfTotal, int rank, long rankedUnits) {
    }

    /** Per cluster of the period: sheets submitted (not draft), verified or locked, locked. */
    java.util.Map<UUID, SheetCounts> sheetCountsByCluster(UUID periodId);

    record SheetCounts(long submitted, long verified, long locked) {
    }
}
