package vn.gov.moj.thidua.voting;

import java.math.BigInteger;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.math.ec.ECPoint;

import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.KeyProof;
import vn.gov.moj.thidua.voting.crypto.Nonces;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.ServerShare;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * A session's key holders and election key {@code K = Σ K_i}. This milestone has one guardian, the server (its share
 * derived from configuration, see {@link ServerGuardian}); counting-board members' shares join the sum next.
 */
@ApplicationScoped
public class ElectionKeys {

    @Inject
    ServerGuardian server;

    public List<EncryptedViews.Guardian> guardians(VotingSession session) {
        BigInteger s = server.share(session.id);
        KeyProof proof = KeyProof.create(session.id, ServerShare.GUARDIAN_ID, s, Nonces.secure());
        return List.of(new EncryptedViews.Guardian(ServerShare.GUARDIAN_ID, P256.pointHex(P256.mulG(s)), Wire.write(proof)));
    }

    public ECPoint key(VotingSession session) {
        return P256.mulG(server.share(session.id));
    }

    /** The rules a ballot of this voter must satisfy in the session's current round. */
    public BallotRules rules(VotingSession session, String voterKey) {
        List<String> refs = session.candidates.stream().map(c -> c.ref().toString()).toList();
        String noYesFor = !session.selfVoteAllowed && session.purpose == VotingPurpose.CLUSTER_ELECTION && refs.contains(voterKey) ? voterKey : null;
        return new BallotRules(session.id, session.round, key(session), refs, session.maxChoices, session.abstainAllowed, noYesFor);
    }
}
