package vn.gov.moj.thidua.voting;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.common.read.WaitingItem;

/** {@link VotingReads} as set-based queries; states and purposes are bound from their enums. */
@ApplicationScoped
public class SqlVotingReads implements VotingReads {

    /** Every state before publication: someone still has to open, close, tally or publish. */
    private static final List<String> TO_RUN = List.of(SessionStatus.DRAFT.name(), SessionStatus.OPEN.name(), SessionStatus.CLOSED.name(),
            SessionStatus.TALLIED.name());

    private static final String SESSIONS_TO_RUN = """
            SELECT v.id, v.title, v.status, v.session_date
            FROM voting_session v
            WHERE v.purpose = :purpose AND v.status IN (:toRun)""";

    @Inject
    EntityManager em;

    @Override
    public List<WaitingItem> ballotsAwaiting(VotingPurpose purpose, String voterKey, int limit) {
        return WaitingItem.list(em.createNativeQuery("""
                SELECT v.id, v.title, CAST(v.round AS varchar), v.session_date
                FROM voting_session v
                WHERE v.status = :open AND v.purpose = :purpose
                  AND v.electorate @> jsonb_build_array(jsonb_build_object('key', CAST(:voter AS varchar)))
                  AND NOT EXISTS (SELECT 1 FROM vote_participation vp WHERE vp.session_id = v.id AND vp.round = v.round
                                  AND vp.voter_key = CAST(:voter AS varchar))""")
                .setParameter("open", SessionStatus.OPEN.name()).setParameter("purpose", purpose.name()).setParameter("voter", voterKey),
                limit);
    }

    @Override
    public List<WaitingItem> clusterSessionsToRun(Collection<UUID> clusterIds, int limit) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        return WaitingItem.list(em.createNativeQuery(SESSIONS_TO_RUN + " AND v.cluster_id IN (:clusters)")
                .setParameter("purpose", VotingPurpose.CLUSTER_ELECTION.name()).setParameter("toRun", TO_RUN)
                .setParameter("clusters", clusterIds), limit);
    }

    @Override
    public List<WaitingItem> councilSessionsToRun(int limit) {
        return WaitingItem.list(em.createNativeQuery(SESSIONS_TO_RUN)
                .setParameter("purpose", VotingPurpose.COUNCIL_REVIEW.name()).setParameter("toRun", TO_RUN), limit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<UUID, ElectionCounts> electionsByCluster(UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.cluster_id, count(*), count(*) FILTER (WHERE v.status IN (:closed, :tallied, :published))
                FROM voting_session v JOIN cluster c ON c.id = v.cluster_id
                WHERE c.period_id = :period AND v.purpose = :election GROUP BY v.cluster_id""")
                .setParameter("closed", SessionStatus.CLOSED.name()).setParameter("tallied", SessionStatus.TALLIED.name())
                .setParameter("published", SessionStatus.PUBLISHED.name()).setParameter("election", VotingPurpose.CLUSTER_ELECTION.name())
                .setParameter("period", periodId).getResultList();
        java.util.Map<UUID, ElectionCounts> counts = new java.util.HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], new ElectionCounts(((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        return counts;
    }
}
