package vn.gov.moj.thidua.voting;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.voting.crypto.BallotRejection;
import vn.gov.moj.thidua.voting.crypto.BallotVerifier;
import vn.gov.moj.thidua.voting.crypto.CryptoFormatException;
import vn.gov.moj.thidua.voting.crypto.EncryptedBallot;
import vn.gov.moj.thidua.voting.crypto.Tracker;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * Casting an encrypted ballot in two steps (issue 16). First, with no database connection held, the ballot is decoded
 * and its proofs checked against the session's cached shape ({@link CastingManifests}). Then one short transaction
 * runs every check of who may cast, in the same order as for plain ballots, uses that verdict only if the locked
 * session is still the version it was made from (else checks the proofs again), and writes participation and the
 * opaque ballot together: a refused ballot leaves no trace, one ballot per voter per round.
 */
@ApplicationScoped
public class EncryptedCasting {

    @Inject
    SessionAccess access;

    @Inject
    BallotBox box;

    @Inject
    EncryptedBallotBox encrypted;

    @Inject
    ElectionKeys keys;

    @Inject
    CastingManifests manifests;

    @Inject
    EntityManager em;

    @Inject
    vn.gov.moj.thidua.common.security.SecondFactor secondFactor;

    @Inject
    vn.gov.moj.thidua.common.security.CurrentUser user;

    @Inject
    ObjectMapper json;

    /** The outcome of the connection-free step: the decoded ballot (null when malformed) and, when known, the proofs' verdict. */
    record Precheck(EncryptedBallot ballot, CastingManifests.Entry manifest, String voterKey, Optional<BallotRejection> verdict) {

        boolean holdsFor(VotingSession session, String sessionVoterKey) {
            return manifest != null && manifest.describes(session) && sessionVoterKey.equals(voterKey);
        }
    }

    public BallotReceipt cast(UUID sessionId, Wire.BallotJson body) {
        secondFactor.require(user);
        Precheck pre = precheck(sessionId, body);
        return QuarkusTransaction.requiringNew().call(() -> store(sessionId, pre));
    }

    /** Decodes and verifies with no transaction and, once the session's shape is cached, no database access at all. */
    Precheck precheck(UUID sessionId, Wire.BallotJson body) {
        EncryptedBallot ballot;
        try {
            ballot = Wire.read(body);
        } catch (CryptoFormatException e) {
            return new Precheck(null, null, null, Optional.empty());
        }
        Optional<CastingManifests.Entry> manifest = manifests.of(sessionId);
        String voterKey = manifest.map(m -> access.callerKeyFor(m.purpose())).orElse(null);
        if (voterKey == null) {
            return new Precheck(ballot, null, null, Optional.empty());
        }
        return new Precheck(ballot, manifest.get(), voterKey, BallotVerifier.check(ballot, manifest.get().rules(voterKey)));
    }

    private BallotReceipt store(UUID sessionId, Precheck pre) {
        VotingSession session = access.findVisible(sessionId);
        String voterKey = access.callerVoterKey(session).orElseThrow(() -> ApiProblem.forbidden(Text.of(
                session.purpose == VotingPurpose.CLUSTER_ELECTION ? "voting.cluster-heads-vote" : "voting.council-members-vote")));
        if (!session.encrypted) {
            throw ApiProblem.conflict(Text.of("voting.encrypted.not-encrypted"));
        }
        access.requireAllowed(session, SessionAction.CAST);
        if (!session.present.contains(voterKey)) {
            throw ApiProblem.forbidden(Text.of("voting.not-present"));
        }
        if (!session.recusedItems(voterKey).isEmpty()) {
            // an encrypted ballot proves one choice for every item, so it cannot leave an item out (docs/voting.md)
            throw ApiProblem.of(403, "/problems/recused", "Recused", Text.of("voting.recused-encrypted"));
        }
        if (pre.ballot() == null) {
            throw ApiProblem.invalidField("ballot", Text.of("voting.encrypted.malformed"));
        }
        Optional<BallotRejection> refused;
        if (pre.holdsFor(session, voterKey)) {
            refused = pre.verdict();
        } else {
            // the cached shape is missing or stale (the session changed): check again now and refresh the cache
            manifests.remember(session);
            refused = BallotVerifier.check(pre.ballot(), keys.rules(session, voterKey));
        }
        if (refused.isPresent()) {
            throw ApiProblem.invalidField("ballot", Text.of("voting.encrypted." + refused.get().key));
        }
        String tracker = Tracker.of(pre.ballot());
        em.refresh(session, LockModeType.PESSIMISTIC_READ);
        access.requireAllowed(session, SessionAction.CAST);
        if (encrypted.hasTracker(session.id, session.round, tracker)) {
            throw ApiProblem.conflict(Text.of("voting.encrypted.duplicate"));
        }
        if (!box.participate(session.id, session.round, voterKey)) {
            throw ApiProblem.conflict(Text.of("voting.already-voted", session.round));
        }
        encrypted.drop(session.id, session.round, tracker, toJson(Wire.write(pre.ballot().stored())));
        return new BallotReceipt(session.id, session.round, tracker);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
