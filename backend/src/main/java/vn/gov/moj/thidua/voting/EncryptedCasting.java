package vn.gov.moj.thidua.voting;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.voting.crypto.BallotRejection;
import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.BallotVerifier;
import vn.gov.moj.thidua.voting.crypto.CryptoFormatException;
import vn.gov.moj.thidua.voting.crypto.EncryptedBallot;
import vn.gov.moj.thidua.voting.crypto.Tracker;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * Casting an encrypted ballot: every proof checked before anything is written (a refused ballot leaves no trace),
 * then participation and the opaque ballot in one transaction, one ballot per voter per round as for plain ballots.
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
    EntityManager em;

    @Inject
    vn.gov.moj.thidua.common.security.SecondFactor secondFactor;

    @Inject
    vn.gov.moj.thidua.common.security.CurrentUser user;

    @Inject
    ObjectMapper json;

    @Transactional
    public BallotReceipt cast(UUID sessionId, Wire.BallotJson body) {
        secondFactor.require(user);
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
        // The proofs are checked before the session row is locked: they cost CPU, the rules are frozen once open.
        EncryptedBallot ballot = decode(body);
        BallotRules rules = keys.rules(session, voterKey);
        Optional<BallotRejection> refused = BallotVerifier.check(ballot, rules);
        if (refused.isPresent()) {
            throw ApiProblem.invalidField("ballot", Text.of("voting.encrypted." + refused.get().key));
        }
        String tracker = Tracker.of(ballot);
        em.refresh(session, LockModeType.PESSIMISTIC_READ);
        access.requireAllowed(session, SessionAction.CAST);
        if (encrypted.hasTracker(session.id, session.round, tracker)) {
            throw ApiProblem.conflict(Text.of("voting.encrypted.duplicate"));
        }
        if (!box.participate(session.id, session.round, voterKey)) {
            throw ApiProblem.conflict(Text.of("voting.already-voted", session.round));
        }
        encrypted.drop(session.id, session.round, tracker, toJson(Wire.write(ballot.stored())));
        return new BallotReceipt(session.id, session.round, tracker);
    }

    private static EncryptedBallot decode(Wire.BallotJson body) {
        try {
            return Wire.read(body);
        } catch (CryptoFormatException e) {
            throw ApiProblem.invalidField("ballot", Text.of("voting.encrypted.malformed"));
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
