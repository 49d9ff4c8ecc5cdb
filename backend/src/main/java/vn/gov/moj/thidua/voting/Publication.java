package vn.gov.moj.thidua.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/** Publishing a tallied result to everyone, and who may read a result before and after (runners once tallied, everyone once published). */
@ApplicationScoped
public class Publication {

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionAccess access;

    @Inject
    SessionViews views;

    @Inject
    BallotBox ballots;

    @Inject
    EncryptedBallotBox encrypted;

    @Inject
    Bulletin bulletin;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public SessionDetail publish(UUID id) {
        VotingSession session = access.lockForChange(id);
        access.requireAllowed(session, SessionAction.PUBLISH);
        session.status = SessionStatus.PUBLISHED;
        session.publishedAt = Instant.now(clock);
        if (session.encrypted) {
            bulletin.publish(session);
        }
        sessions.flush();
        audit.transition(SessionAccess.ENTITY, session.id, "publish", SessionStatus.TALLIED, SessionStatus.PUBLISHED, null, null);
        return views.detail(session);
    }

    public SessionResult result(UUID id) {
        VotingSession session = resultVisible(id);
        boolean published = session.status == SessionStatus.PUBLISHED;
        List<String> receipts = !published || session.mode != BallotMode.ELECTRONIC ? List.of()
                : session.encrypted ? encrypted.trackers(session.id, session.round) : ballots.receipts(session.id, session.round);
        return new SessionResult(session.id, session.title, session.round, session.status, session.mode, session.rules(), session.result,
                published, session.publishedAt, session.paper, receipts, session.encrypted, session.bulletinSha256,
                List.copyOf(session.recusals));
    }

    /** The published bulletin's bytes; 404 unless the session is encrypted and published. */
    public byte[] bulletin(UUID id) {
        VotingSession session = resultVisible(id);
        if (!session.encrypted || session.bulletin == null) {
            throw ApiProblem.notFound("Bulletin of voting session", id);
        }
        return session.bulletin;
    }

    /** The session and its result, for the minutes: runners once tallied, everyone once published. */
    public VotingSession resultVisible(UUID id) {
        VotingSession session = access.findVisible(id);
        boolean tallied = session.status == SessionStatus.TALLIED || session.status == SessionStatus.PUBLISHED;
        if (!tallied) {
            throw ApiProblem.conflict(Text.of("voting.not-tallied", Text.of("state." + session.status.name())));
        }
        if (session.status != SessionStatus.PUBLISHED && !access.isRunner(session)) {
            throw ApiProblem.notFound("Result of voting session", id);
        }
        return session;
    }
}
