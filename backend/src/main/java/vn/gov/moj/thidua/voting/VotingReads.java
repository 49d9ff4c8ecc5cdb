package vn.gov.moj.thidua.voting;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import vn.gov.moj.thidua.common.read.WaitingItem;

/**
 * What the inbox reads of voting: sessions waiting on someone, nothing about ballots' content. Published outcomes
 * are read through {@link VotingResults}.
 */
public interface VotingReads {

    /** Open sessions of this purpose whose electorate includes the voter and that have no ballot from them this round;
     *  detail: the round; due: the session date. */
    List<WaitingItem> ballotsAwaiting(VotingPurpose purpose, String voterKey, int limit);

    /** Cluster elections of these clusters not yet published; detail: the {@link SessionStatus}; due: the session date. */
    List<WaitingItem> clusterSessionsToRun(Collection<UUID> clusterIds, int limit);

    /** Council reviews not yet published; detail: the {@link SessionStatus}; due: the session date. */
    List<WaitingItem> councilSessionsToRun(int limit);

    /** Per cluster of the period: cluster elections set up, and those held (closed, tallied or published). */
    java.util.Map<UUID, ElectionCounts> electionsByCluster(UUID periodId);

    record ElectionCounts(long setUp, long held) {
    }
}
