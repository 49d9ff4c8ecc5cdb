package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The table of encrypted ballots, written only here: the ballot JSON (ciphertexts and proofs) and its tracker, with
 * a random id and nothing else — no voter, no time. Who voted stays in {@code vote_participation} ({@link BallotBox}).
 */
@ApplicationScoped
public class EncryptedBallotBox {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void drop(UUID sessionId, int round, String tracker, String ballotJson) {
        em.createNativeQuery("INSERT INTO vote_encrypted_ballot (id, session_id, round, tracker, ballot) VALUES (:id, :s, :r, :t, :b)")
                .setParameter("id", UUID.randomUUID()).setParameter("s", sessionId).setParameter("r", round).setParameter("t", tracker)
                .setParameter("b", ballotJson).executeUpdate();
    }

    public boolean hasTracker(UUID sessionId, int round, String tracker) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM vote_encrypted_ballot WHERE session_id = :s AND round = :r AND tracker = :t")
                .setParameter("s", sessionId).setParameter("r", round).setParameter("t", tracker).getSingleResult()).longValue() > 0;
    }

    /** The round's ballots (JSON), ordered by tracker so the order tells nothing of the casting order. */
    public List<String> ballots(UUID sessionId, int round) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT ballot FROM vote_encrypted_ballot WHERE session_id = :s AND round = :r ORDER BY tracker")
                .setParameter("s", sessionId).setParameter("r", round).getResultList();
        return new ArrayList<>(rows);
    }

    public List<String> trackers(UUID sessionId, int round) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT tracker FROM vote_encrypted_ballot WHERE session_id = :s AND round = :r ORDER BY tracker")
                .setParameter("s", sessionId).setParameter("r", round).getResultList();
        return new ArrayList<>(rows);
    }
}
