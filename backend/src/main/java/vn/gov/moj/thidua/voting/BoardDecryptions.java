package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.bouncycastle.math.ec.ECPoint;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.voting.crypto.CryptoFormatException;
import vn.gov.moj.thidua.voting.crypto.DecryptionShare;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * The counting board at the tally: the round's summed ciphertexts once it is closed, and each member's partial
 * decryptions, every Chaum–Pedersen proof checked before anything is stored (422 otherwise). The last member's post
 * counts the round ({@link Tallying#tallyEncrypted}): the server adds its share, combines and solves the small log.
 */
@ApplicationScoped
public class BoardDecryptions {

    static final String BAD_DECRYPTION = "/problems/bad-decryption";

    @Inject
    SessionAccess access;

    @Inject
    BoardMembers members;

    @Inject
    EncryptedTally tally;

    @Inject
    Tallying tallying;

    @Inject
    CountingBoard board;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    /** The round's totals, once the vote is closed. */
    public BoardViews.Tally totals(UUID id) {
        VotingSession session = access.findVisible(id);
        CountingBoard.requireEncrypted(session);
        if (session.status == SessionStatus.DRAFT || session.status == SessionStatus.OPEN) {
            throw ApiProblem.conflict(Text.of("voting.board.not-closed"));
        }
        return tally.totals(session);
    }

    @Transactional
    public BoardViews.Board decrypt(UUID id, String guardianId, BoardViews.DecryptionsRequest request) {
        VotingSession session = access.findVisible(id);
        CountingBoard.requireEncrypted(session);
        BoardMember member = members.find(session.id, guardianId).orElseThrow(() -> ApiProblem.notFound("counting board member", guardianId));
        if (!member.username.equals(user.username())) {
            throw ApiProblem.forbidden(Text.of("voting.board.only-member"));
        }
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(member);
        if (session.status != SessionStatus.CLOSED) {
            throw ApiProblem.conflict(Text.of("voting.board.not-closed"));
        }
        if (member.decryptions != null) {
            throw ApiProblem.conflict(Text.of("voting.board.already-decrypted"));
        }
        if (request.round() != session.round) {
            throw refused("round", Text.of("voting.board.wrong-round", session.round));
        }
        member.decryptions = checked(session, member, request.shares());
        members.flush();
        audit.record(SessionAccess.ENTITY, session.id, "post-partial-decryptions", Map.of("guardianId", member.guardianId(), "shares", request.shares().size()));
        List<BoardMember> all = members.of(session.id);
        if (all.stream().allMatch(m -> m.decryptions != null)) {
            tallying.tallyEncrypted(session, all);
        }
        return board.view(session);
    }

    /** One share per total, each proof valid against the member's key; else 422 naming the first bad one. */
    private List<BoardViews.Decryption> checked(VotingSession session, BoardMember member, List<BoardViews.Decryption> shares) {
        Map<String, BoardViews.Decryption> byLabel = new HashMap<>();
        for (BoardViews.Decryption d : shares) {
            if (byLabel.put(d.candidateRef() + "/" + d.option(), d) != null) {
                throw refused("shares", Text.of("voting.board.shares-mismatch"));
            }
        }
        List<BoardViews.Total> totals = tally.totals(session).totals();
        if (totals.size() != shares.size()) {
            throw refused("shares", Text.of("voting.board.shares-mismatch"));
        }
        ECPoint key = P256.point(member.publicKey);
        List<BoardViews.Decryption> out = new ArrayList<>();
        for (BoardViews.Total t : totals) {
            String label = t.candidateRef() + "/" + t.option();
            BoardViews.Decryption d = byLabel.get(label);
            if (d == null) {
                throw refused("shares", Text.of("voting.board.shares-mismatch"));
            }
            int index = shares.indexOf(d);
            DecryptionShare.Context ctx = new DecryptionShare.Context(session.id, session.round, label, member.guardianId());
            boolean ok;
            DecryptionShare share = null;
            try {
                share = Wire.read(new Wire.ShareJson(d.share(), d.proof()));
                ok = share.verify(ctx, key, Wire.read(t.ciphertext()));
            } catch (CryptoFormatException e) {
                ok = false;
            }
            if (!ok) {
                throw refused("shares[" + index + "]", Text.of("voting.board.bad-share", t.candidateRef(), t.option()));
            }
            Wire.ShareJson written = Wire.write(share);
            out.add(new BoardViews.Decryption(t.candidateRef(), t.option(), written.share(), written.proof()));
        }
        return out;
    }

    private static ApiProblem refused(String field, Text text) {
        return ApiProblem.of(422, BAD_DECRYPTION, "Partial decryption refused", text, List.of(new FieldText(field, text)), null, null);
    }
}
