package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/** Casting: participation and ballot in one transaction, or neither. */
@ApplicationScoped
public class BallotService {

    @Inject
    SessionAccess access;

    @Inject
    BallotBox box;

    @Inject
    EntityManager em;

    @Inject
    vn.gov.moj.thidua.common.security.SecondFactor secondFactor;

    @Inject
    vn.gov.moj.thidua.common.security.CurrentUser user;

    @Inject
    ObjectMapper json;

    @Transactional
    public BallotReceipt cast(UUID sessionId, BallotRequest request) {
        secondFactor.require(user);
        VotingSession session = access.findVisible(sessionId);
        String voterKey = access.callerVoterKey(session).orElseThrow(() -> ApiProblem.forbidden(Text.of(
                session.purpose == VotingPurpose.CLUSTER_ELECTION ? "voting.cluster-heads-vote" : "voting.council-members-vote")));
        // Shares the session row with other casts; closing waits until the casts in flight commit.
        em.refresh(session, LockModeType.PESSIMISTIC_READ);
        access.requireAllowed(session, SessionAction.CAST);
        if (session.encrypted) {
            throw ApiProblem.conflict(Text.of("voting.encrypted.required"));
        }
        if (!session.present.contains(voterKey)) {
            throw ApiProblem.forbidden(Text.of("voting.not-present"));
        }
        List<BallotPolicy.Mark> marks = request.choices().stream().map(m -> new BallotPolicy.Mark(m.candidateRef(), m.choice())).toList();
        // a member who stands aside from an item leaves it unmarked; a mark on it is refused (Recusal)
        Set<UUID> recused = session.recusedItems(voterKey);
        marks.stream().filter(m -> recused.contains(m.candidateRef())).findFirst().ifPresent(m -> {
            throw ApiProblem.of(403, "/problems/recused", "Recused", Text.of("voting.recused-item",
                    session.candidate(m.candidateRef()).map(Candidate::label).orElse(m.candidateRef().toString())));
        });
        List<Candidate> own = session.candidates.stream().filter(c -> !recused.contains(c.ref())).toList();
        String unitKey = session.purpose == VotingPurpose.CLUSTER_ELECTION ? voterKey : null;
        List<FieldText> faults = BallotPolicy.faults(own, session.rules(), unitKey, marks);
        InvalidRequest.requireNone(faults);
        if (!box.participate(session.id, session.round, voterKey)) {
            throw ApiProblem.conflict(Text.of("voting.already-voted", session.round));
        }
        // Keyed by candidate ref in a sorted map: the stored document keeps nothing of the submission order.
        Map<String, String> choices = new TreeMap<>();
        marks.forEach(m -> choices.put(m.candidateRef().toString(), m.choice().name()));
        String receipt = box.drop(session.id, session.round, toJson(choices), session.secret ? null : voterKey);
        // No audit event per cast: the participation row is the record of who voted, and an event with its actor and
        // time would tell when each voter voted and queue every cast on the audit chain's lock (bench/results/REPORT.md).
        // The close event records the counts of ballots and voters.
        return new BallotReceipt(session.id, session.round, receipt);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
