package vn.gov.moj.thidua.voting;

import java.math.BigInteger;
import java.util.ArrayList;
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
 * A session's key holders and election key {@code K = K_server + Σ K_member}: the server's share (derived from
 * configuration, see {@link ServerGuardian}) and each counting-board member's posted share ({@link BoardMembers}).
 * The key exists only once every member has posted theirs (n-of-n, docs/ballot-crypto.md).
 */
@ApplicationScoped
public class ElectionKeys {

    @Inject
    ServerGuardian server;

    @Inject
    BoardMembers board;

    /** The server, then every member who has posted a key, each with the proof of knowledge of its secret. */
    public List<EncryptedViews.Guardian> guardians(VotingSession session) {
        BigInteger s = server.share(session.id);
        KeyProof proof = KeyProof.create(session.id, ServerShare.GUARDIAN_ID, s, Nonces.secure());
        List<EncryptedViews.Guardian> out = new ArrayList<>();
        out.add(new EncryptedViews.Guardian(ServerShare.GUARDIAN_ID, P256.pointHex(P256.mulG(s)), Wire.write(proof)));
        for (BoardMember m : board.of(session.id)) {
            if (m.publicKey != null) {
                out.add(new EncryptedViews.Guardian(m.guardianId(), m.publicKey, m.keyProof));
            }
        }
        return out;
    }

    /** The election key, or null while a counting-board member has not posted a key. */
    public ECPoint key(VotingSession session) {
        ECPoint key = P256.mulG(server.share(session.id));
        for (BoardMember m : board.of(session.id)) {
            if (m.publicKey == null) {
                return null;
            }
            key = key.add(P256.point(m.publicKey));
        }
        return key.normalize();
    }

    /** The rules a ballot of this voter must satisfy in the session's current round (a null key before the ceremony ends). */
    public BallotRules rules(VotingSession session, String voterKey) {
        List<String> refs = session.candidates.stream().map(c -> c.ref().toString()).toList();
        String noYesFor = !session.selfVoteAllowed && session.purpose == VotingPurpose.CLUSTER_ELECTION && refs.contains(voterKey) ? voterKey : null;
        return new BallotRules(session.id, session.round, key(session), refs, session.maxChoices, session.abstainAllowed, noYesFor);
    }
}
