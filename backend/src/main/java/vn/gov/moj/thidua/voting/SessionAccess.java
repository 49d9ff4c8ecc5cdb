package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.org.ClusterRole;

/**
 * Who sees, runs and votes in a session: the secretariat runs every session, the lead of a cluster's head or
 * deputy unit runs its cluster's elections; voters see their sessions once open; everyone sees published ones.
 */
@ApplicationScoped
public class SessionAccess {

    static final String ENTITY = "VotingSession";

    @Inject
    VotingSessionRepository sessions;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    BoardMembers board;

    /** The session, or 404 when it does not exist or the caller may not see it. */
    VotingSession findVisible(UUID id) {
        VotingSession session = sessions.findById(id);
        if (session == null || !canSee(session)) {
            throw ApiProblem.notFound(ENTITY, id);
        }
        return session;
    }

    /** The session locked for a change by one of its runners. */
    VotingSession lockForChange(UUID id) {
        VotingSession session = findVisible(id);
        requireRunner(session);
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    boolean canSee(VotingSession session) {
        return session.status == SessionStatus.PUBLISHED || isRunner(session)
                || (session.status != SessionStatus.DRAFT && callerVoterKey(session).isPresent())
                || (session.encrypted && board.isMember(session.id, user.username()));
    }

    boolean secretariat() {
        return user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
    }

    /** Runs the session: the secretariat, or for a cluster election the lead of its head or deputy unit. */
    boolean isRunner(VotingSession session) {
        if (secretariat()) {
            return true;
        }
        if (session.purpose != VotingPurpose.CLUSTER_ELECTION || !user.hasRole(Roles.CLUSTER_LEAD) || session.clusterId == null) {
            return false;
        }
        return ledClusters().contains(session.clusterId);
    }

    void requireRunner(VotingSession session) {
        if (!isRunner(session)) {
            throw ApiProblem.forbidden(Text.of(session.purpose == VotingPurpose.COUNCIL_REVIEW
                    ? "voting.council-runners" : "voting.cluster-runners"));
        }
    }

    /** The clusters whose head or deputy unit the caller leads. */
    List<UUID> ledClusters() {
        if (!user.hasRole(Roles.CLUSTER_LEAD)) {
            return List.of();
        }
        Optional<UUID> unit = user.unitId();
        if (unit.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.id from Cluster c join c.members m where m.unitId = :unit and m.role in :roles", UUID.class)
                .setParameter("unit", unit.get()).setParameter("roles", List.of(ClusterRole.HEAD, ClusterRole.DEPUTY)).getResultList();
    }

    /**
     * The sessions past DRAFT whose electorate holds the caller's unit (unit head) or the caller (council member), and
     * the sessions whose counting board the caller sits on (drafts included: the member posts a key before the open).
     */
    List<UUID> votableSessions() {
        List<UUID> ids = new ArrayList<>(board.sessionsOf(user.username()));
        List<String> keys = new ArrayList<>();
        if (user.hasRole(Roles.UNIT_HEAD)) {
            user.unitId().ifPresent(u -> keys.add(u.toString()));
        }
        if (user.hasRole(Roles.COUNCIL_MEMBER)) {
            keys.add(user.username());
        }
        for (String key : keys) {
            @SuppressWarnings("unchecked")
            List<UUID> found = em.createNativeQuery("SELECT id FROM voting_session WHERE status <> 'DRAFT' AND electorate @> CAST(:doc AS jsonb)", UUID.class)
                    .setParameter("doc", "[{\"key\":" + jsonString(key) + "}]").getResultList();
            ids.addAll(found);
        }
        return ids;
    }

    /** The caller's key in the session's electorate: the unit head's unit, or the council member's user name. */
    Optional<String> callerVoterKey(VotingSession session) {
        String key = callerKeyFor(session.purpose);
        return key == null ? Optional.empty() : session.voter(key).map(Voter::key);
    }

    /** The key the caller would vote under in a session of this purpose (from the token alone; null when none), electorate not checked. */
    String callerKeyFor(VotingPurpose purpose) {
        if (purpose == VotingPurpose.CLUSTER_ELECTION && user.hasRole(Roles.UNIT_HEAD)) {
            return user.unitId().map(UUID::toString).orElse(null);
        }
        if (purpose == VotingPurpose.COUNCIL_REVIEW && user.hasRole(Roles.COUNCIL_MEMBER)) {
            return user.username();
        }
        return null;
    }

    /** @throws ApiProblem 409 naming the allowed actions when the session's state does not allow {@code action} */
    void requireAllowed(VotingSession session, SessionAction action) {
        List<SessionAction> allowed = SessionWorkflow.allowed(session.status, session.mode, newRoundPossible(session));
        if (!allowed.contains(action)) {
            throw ApiProblem.illegalTransition(ENTITY, session.status.name(), action.apiName(),
                    allowed.stream().map(SessionAction::apiName).toList());
        }
    }

    /** A tallied session may go to another round when the last seat is tied or seats are left with candidates to fill them. */
    static boolean newRoundPossible(VotingSession session) {
        if (session.result == null) {
            return false;
        }
        long elected = session.result.candidates().stream().filter(Tally.CandidateResult::elected).count();
        return session.result.tieForLastSeat() || (elected < session.seats && session.candidates.size() > elected);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
