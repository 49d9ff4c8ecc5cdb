package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Recusal in the council's voting (issue 19): who stands aside from which item, found at opening from the items'
 * facts ({@link ConflictsOfInterest}), and the conflicts members declare while the vote is open. Cluster elections
 * have no recusal (a unit's own vote is governed by the self-vote rule instead).
 */
@ApplicationScoped
public class CouncilRecusals {

    @Inject
    SessionAccess access;

    @Inject
    SessionViews views;

    @Inject
    BallotBox box;

    @Inject
    Instance<ConflictsOfInterest> conflicts;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The recusals frozen at opening: the items' conflicts of the electorate, and those declared before. */
    List<Recusal> atOpening(VotingSession session) {
        if (session.purpose != VotingPurpose.COUNCIL_REVIEW) {
            return new ArrayList<>();
        }
        Map<String, Recusal> byPair = new LinkedHashMap<>();
        if (conflicts.isResolvable()) {
            conflicts.get().recusals(session.candidates, session.electorate).forEach(r -> byPair.putIfAbsent(pair(r), r));
        }
        Set<UUID> items = new HashSet<>();
        session.candidates.forEach(c -> items.add(c.ref()));
        session.recusals.stream().filter(r -> items.contains(r.candidateRef()) && session.voter(r.voterKey()).isPresent())
                .forEach(r -> byPair.putIfAbsent(pair(r), r));
        return new ArrayList<>(byPair.values());
    }

    /** A council member of the session declares a conflict on one item, before casting in this round; audited. */
    @Transactional
    public SessionDetail declare(UUID id, ConflictRequest request) {
        VotingSession session = access.findVisible(id);
        String voterKey = access.callerVoterKey(session)
                .filter(k -> session.purpose == VotingPurpose.COUNCIL_REVIEW)
                .orElseThrow(() -> ApiProblem.forbidden(Text.of("voting.council-members-vote")));
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        access.requireAllowed(session, SessionAction.CAST);
        Candidate item = session.candidate(request.candidateRef())
                .orElseThrow(() -> ApiProblem.invalidField("candidateRef", Text.of("voting.not-a-candidate", request.candidateRef())));
        if (box.hasVoted(session.id, session.round, voterKey)) {
            throw ApiProblem.conflict(Text.of("voting.conflict-after-vote", session.round));
        }
        if (session.recusedItems(voterKey).contains(item.ref())) {
            throw ApiProblem.conflict(Text.of("voting.already-recused", item.label()));
        }
        String label = session.voter(voterKey).map(Voter::label).orElse(voterKey);
        List<Recusal> recusals = new ArrayList<>(session.recusals);
        recusals.add(new Recusal(item.ref(), voterKey, label, Recusal.Reason.DECLARED, request.reason().strip()));
        session.recusals = recusals;
        em.flush();
        audit.record(SessionAccess.ENTITY, session.id, "declare-conflict",
                Map.of("candidateRef", item.ref(), "voter", voterKey, "reason", request.reason().strip()));
        return views.detail(session);
    }

    private static String pair(Recusal r) {
        return r.candidateRef() + "|" + r.voterKey();
    }
}
