package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.math.ec.ECPoint;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.P256;

/**
 * The shape of an open encrypted session's ballots (election key, candidates, limits) kept in memory per session, so
 * that a ballot's proofs are checked before the casting request takes a database connection (issue 16: 45 range
 * proofs of an 11-candidate ballot are seconds of CPU under load). An entry names the session's version and round:
 * the casting transaction uses a verdict only when the locked session still has them, else it checks again.
 * Only open sessions are kept (their key and candidates are frozen once open); nothing here decides who may cast.
 */
@ApplicationScoped
public class CastingManifests {

    static final int MAX_ENTRIES = 256;

    @Inject
    VotingSessionRepository sessions;

    @Inject
    ElectionKeys keys;

    private final Map<UUID, Entry> cache = new ConcurrentHashMap<>();

    /** One open encrypted session's ballot shape at one version and round. */
    public record Entry(UUID sessionId, int round, long version, ECPoint electionKey, List<String> candidateRefs, int maxChoices,
            boolean abstainAllowed, boolean selfVoteAllowed, VotingPurpose purpose) {

        /** The rules of this voter's ballot (the self-vote restriction depends on the voter). */
        public BallotRules rules(String voterKey) {
            String noYesFor = !selfVoteAllowed && purpose == VotingPurpose.CLUSTER_ELECTION && voterKey != null && candidateRefs.contains(voterKey)
                    ? voterKey : null;
            return new BallotRules(sessionId, round, electionKey, candidateRefs, maxChoices, abstainAllowed, noYesFor);
        }

        /** True when the session (as read in a transaction) is still the one this entry was made from. */
        public boolean describes(VotingSession session) {
            return session.id.equals(sessionId) && session.round == round && session.version == version && session.encrypted
                    && session.status == SessionStatus.OPEN;
        }
    }

    /** The session's entry from memory, or read once in a short transaction of its own; empty unless it is open and encrypted. */
    public Optional<Entry> of(UUID sessionId) {
        Entry known = cache.get(sessionId);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(QuarkusTransaction.requiringNew().call(() -> {
            VotingSession session = sessions.findById(sessionId);
            return session == null ? null : remember(session);
        }));
    }

    /** Keeps (or replaces) the session's entry when it is open, encrypted and keyed; forgets it otherwise. */
    public Entry remember(VotingSession session) {
        ECPoint key = session.encrypted && session.status == SessionStatus.OPEN ? keys.key(session) : null;
        if (key == null) {
            cache.remove(session.id);
            return null;
        }
        // a fixed-base table for the session's key, shared by every check of its ballots (P256.mulFixed)
        P256.precompute(key);
        Entry entry = new Entry(session.id, session.round, session.version, key,
                session.candidates.stream().map(c -> c.ref().toString()).toList(), session.maxChoices, session.abstainAllowed,
                session.selfVoteAllowed, session.purpose);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(session.id, entry);
        return entry;
    }

    public void forget(UUID sessionId) {
        cache.remove(sessionId);
    }
}
