package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.voting.crypto.CryptoFormatException;
import vn.gov.moj.thidua.voting.crypto.KeyProof;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.ServerShare;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * The counting board's key ceremony (docs/ballot-crypto.md, "Counting board"): the session's runner appoints the
 * members by user name while the session is a draft; each member posts their public key share with its Schnorr
 * proof (checked; only that member; replaceable until the open); the session opens only once every key is in.
 */
@ApplicationScoped
public class CountingBoard {

    @Inject
    SessionAccess access;

    @Inject
    BoardMembers members;

    @Inject
    ServerGuardian server;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    public BoardViews.Board view(UUID id) {
        return view(encryptedSession(id));
    }

    BoardViews.Board view(VotingSession session) {
        List<BoardMember> board = members.of(session.id);
        List<BoardViews.Guardian> guardians = new ArrayList<>();
        boolean tallied = session.status == SessionStatus.TALLIED || session.status == SessionStatus.PUBLISHED;
        guardians.add(new BoardViews.Guardian(ServerShare.GUARDIAN_ID, "server", null, P256.pointHex(P256.mulG(server.share(session.id))), null, tallied));
        String caller = null;
        for (BoardMember m : board) {
            guardians.add(new BoardViews.Guardian(m.guardianId(), m.label, m.username, m.publicKey, m.keyProof, m.decryptions != null));
            if (m.username.equals(user.username())) {
                caller = m.guardianId();
            }
        }
        boolean awaiting = session.status == SessionStatus.CLOSED && !board.isEmpty();
        return new BoardViews.Board(session.id, session.round, guardians, caller, awaiting, board.stream().allMatch(m -> m.publicKey != null));
    }

    /** Replaces the board of a draft: members kept by user name keep their id and posted key; the others' rows go. */
    @Transactional
    public BoardViews.Board appoint(UUID id, String ifMatch, BoardViews.BoardRequest request) {
        VotingSession session = access.lockForChange(id);
        Versions.requireMatch(ifMatch, session.version);
        access.requireAllowed(session, SessionAction.EDIT);
        requireEncrypted(session);
        List<FieldText> faults = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            String name = request.members().get(i).username().strip();
            if (!names.add(name)) {
                faults.add(new FieldText("members[" + i + "].username", Text.of("voting.board.listed-twice", name)));
            }
        }
        InvalidRequest.requireNone(faults);
        Map<String, BoardMember> kept = new HashMap<>();
        for (BoardMember m : members.of(session.id)) {
            members.remove(m);
            if (names.contains(m.username)) {
                kept.put(m.username, m);
            }
        }
        members.flush();
        for (int i = 0; i < request.members().size(); i++) {
            BoardViews.Appointee a = request.members().get(i);
            BoardMember before = kept.get(a.username().strip());
            BoardMember m = new BoardMember();
            m.id = before == null ? UUID.randomUUID() : before.id;
            m.sessionId = session.id;
            m.position = i;
            m.username = a.username().strip();
            m.label = a.label().strip();
            m.publicKey = before == null ? null : before.publicKey;
            m.keyProof = before == null ? null : before.keyProof;
            members.persist(m);
        }
        em.lock(session, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        members.flush();
        audit.record(SessionAccess.ENTITY, session.id, "appoint-counting-board",
                Map.of("members", request.members().stream().map(BoardViews.Appointee::label).toList()));
        return view(session);
    }

    /** A member's public key share: only that member, while the session is a draft; the proof must hold. */
    @Transactional
    public BoardViews.Board postKey(UUID id, String guardianId, BoardViews.KeyRequest request) {
        VotingSession session = encryptedSession(id);
        BoardMember member = members.find(session.id, guardianId).orElseThrow(() -> ApiProblem.notFound("counting board member", guardianId));
        if (!member.username.equals(user.username())) {
            throw ApiProblem.forbidden(Text.of("voting.board.only-member"));
        }
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.status != SessionStatus.DRAFT) {
            throw ApiProblem.conflict(Text.of("voting.board.key-frozen"));
        }
        ECPoint key;
        KeyProof proof;
        try {
            key = P256.point(request.publicKey());
            proof = Wire.readKeyProof(request.proof());
        } catch (CryptoFormatException e) {
            throw ApiProblem.invalidField("publicKey", Text.of("voting.board.bad-key"));
        }
        if (!proof.verify(session.id, member.guardianId(), key)) {
            throw ApiProblem.invalidField("proof", Text.of("voting.board.bad-key"));
        }
        em.refresh(member, LockModeType.PESSIMISTIC_WRITE);
        member.publicKey = P256.pointHex(key);
        member.keyProof = Wire.write(proof);
        members.flush();
        audit.record(SessionAccess.ENTITY, session.id, "post-guardian-key", Map.of("guardianId", member.guardianId(), "publicKey", member.publicKey));
        return view(session);
    }

    /** @throws ApiProblem 409 naming the members whose key is missing */
    void requireKeys(VotingSession session) {
        List<String> missing = members.of(session.id).stream().filter(m -> m.publicKey == null).map(m -> m.label).toList();
        if (!missing.isEmpty()) {
            throw ApiProblem.conflict(Text.of("voting.board.keys-missing", missing.size(), String.join(", ", missing)));
        }
    }

    /** A new round is a new key ceremony (proofs bind the session id): the same members, appointed again without keys. */
    void reappoint(VotingSession previous, VotingSession next) {
        for (BoardMember old : members.of(previous.id)) {
            BoardMember m = new BoardMember();
            m.id = UUID.randomUUID();
            m.sessionId = next.id;
            m.position = old.position;
            m.username = old.username;
            m.label = old.label;
            members.persist(m);
        }
    }

    private VotingSession encryptedSession(UUID id) {
        VotingSession session = access.findVisible(id);
        requireEncrypted(session);
        return session;
    }

    static void requireEncrypted(VotingSession session) {
        if (!session.encrypted) {
            throw ApiProblem.conflict(Text.of("voting.encrypted.not-encrypted"));
        }
    }
}
