package vn.gov.moj.thidua.voting;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The two tables of a vote, written only here: {@code vote_participation} (who voted) and {@code vote_ballot}
 * (what was voted). Nothing links a row of one to a row of the other: no voter on a secret ballot, no time,
 * random ids, and the ballots of a round are re-written in random order when it closes.
 */
@ApplicationScoped
public class BallotBox {

    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    /** Records that the voter took part; false when they already had (the primary key decides, race-free). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean participate(UUID sessionId, int round, String voterKey) {
        return em.createNativeQuery("INSERT INTO vote_participation (session_id, round, voter_key) VALUES (:s, :r, :v) ON CONFLICT DO NOTHING")
                .setParameter("s", sessionId).setParameter("r", round).setParameter("v", voterKey).executeUpdate() == 1;
    }

    /** Drops a ballot in the box and returns its receipt code. {@code choicesJson} maps candidate ref → choice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String drop(UUID sessionId, int round, String choicesJson, String namedVoter) {
        String receipt = receiptCode();
        em.createNativeQuery("INSERT INTO vote_ballot (id, session_id, round, receipt_code, choices, named_voter) "
                + "VALUES (:id, :s, :r, :code, CAST(:choices AS jsonb), :voter)")
                .setParameter("id", UUID.randomUUID()).setParameter("s", sessionId).setParameter("r", round).setParameter("code", receipt)
                .setParameter("choices", choicesJson).setParameter("voter", namedVoter).executeUpdate();
        return receipt;
    }

    /**
     * Re-writes the round's ballots in random order, in a new transaction id: physical order and xmin no longer
     * follow the casting order or match the participation rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long shuffle(UUID sessionId, int round) {
        return em.createNativeQuery("""
                WITH taken AS (DELETE FROM vote_ballot WHERE session_id = :s AND round = :r RETURNING *)
                INSERT INTO vote_ballot (id, session_id, round, receipt_code, choices, named_voter)
                SELECT gen_random_uuid(), session_id, round, receipt_code, choices, named_voter FROM taken ORDER BY random()""")
                .setParameter("s", sessionId).setParameter("r", round).executeUpdate();
    }

    public long participations(UUID sessionId, int round) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM vote_participation WHERE session_id = :s AND round = :r")
                .setParameter("s", sessionId).setParameter("r", round).getSingleResult()).longValue();
    }

    /** Who of {@code keys} took part in the round (the recused members who voted on the session's other items). */
    @SuppressWarnings("unchecked")
    public List<String> votedAmong(UUID sessionId, int round, java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("SELECT voter_key FROM vote_participation WHERE session_id = :s AND round = :r AND voter_key IN (:k)", String.class)
                .setParameter("s", sessionId).setParameter("r", round).setParameter("k", keys).getResultList();
    }

    public long ballots(UUID sessionId, int round) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM vote_ballot WHERE session_id = :s AND round = :r")
                .setParameter("s", sessionId).setParameter("r", round).getSingleResult()).longValue();
    }

    public boolean hasVoted(UUID sessionId, int round, String voterKey) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM vote_participation WHERE session_id = :s AND round = :r AND voter_key = :v")
                .setParameter("s", sessionId).setParameter("r", round).setParameter("v", voterKey).getSingleResult()).longValue() > 0;
    }

    /** YES / NO / ABSTAIN counts per candidate, aggregated in the database. */
    public Map<UUID, TallyPolicy.Counts> counts(UUID sessionId, int round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.key, count(*) FILTER (WHERE e.value = 'YES'), count(*) FILTER (WHERE e.value = 'NO'),
                       count(*) FILTER (WHERE e.value = 'ABSTAIN')
                FROM vote_ballot b, jsonb_each_text(b.choices) e
                WHERE b.session_id = :s AND b.round = :r GROUP BY e.key""")
                .setParameter("s", sessionId).setParameter("r", round).getResultList();
        Map<UUID, TallyPolicy.Counts> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(UUID.fromString((String) row[0]), new TallyPolicy.Counts(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        }
        return counts;
    }

    /** Every receipt code of the round, sorted so their order tells nothing. */
    public List<String> receipts(UUID sessionId, int round) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT receipt_code FROM vote_ballot WHERE session_id = :s AND round = :r ORDER BY receipt_code")
                .setParameter("s", sessionId).setParameter("r", round).getResultList();
        return new ArrayList<>(codes);
    }

    static String receiptCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        return new String(code);
    }
}
