package vn.gov.moj.thidua.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.Fraction;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;

/**
 * A session's life between setup and counting: opening with who is present (the quorum check), closing the vote,
 * and starting the next round of a tallied session.
 */
@ApplicationScoped
public class SessionLifecycle {

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionAccess access;

    @Inject
    SessionViews views;

    @Inject
    BallotBox ballots;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    EncryptedBallotBox encryptedBallots;

    @Inject
    BallotLimit limit;

    @Inject
    CountingBoard board;

    @Inject
    CouncilRecusals recusals;

    @Inject
    Clock clock;

    @Transactional
    public SessionDetail open(UUID id, OpenRequest request) {
        VotingSession session = access.lockForChange(id);
        access.requireAllowed(session, SessionAction.OPEN);
        List<FieldText> faults = new ArrayList<>();
        if (session.candidates.isEmpty()) {
            faults.add(new FieldText("candidates", Text.of("voting.no-candidates")));
        }
        if (session.electorate.isEmpty()) {
            faults.add(new FieldText("electorate", Text.of("voting.no-electorate")));
        }
        Set<String> present = new LinkedHashSet<>();
        for (int i = 0; i < request.present().size(); i++) {
            String key = request.present().get(i).strip();
            if (session.voter(key).isEmpty()) {
                faults.add(new FieldText("present[" + i + "]", Text.of("voting.not-a-voter", key)));
            } else if (!present.add(key)) {
                faults.add(new FieldText("present[" + i + "]", Text.of("voting.listed-twice", key)));
            }
        }
        if (session.maxChoices > session.candidates.size() && !session.candidates.isEmpty()) {
            faults.add(new FieldText("rules.maxChoices", Text.of("voting.choices-exceed-candidates", session.candidates.size())));
        }
        InvalidRequest.requireNone(faults);
        if (session.encrypted) {
            board.requireKeys(session);
        }
        Fraction quorum = session.quorumShare();
        int electorate = session.electorate.size();
        if (!QuorumPolicy.isMet(quorum, present.size(), electorate)) {
            long needed = QuorumPolicy.needed(quorum, electorate);
            throw ApiProblem.of(409, "/problems/quorum-not-met", "Quorum not met",
                    Text.of("voting.quorum-not-met", present.size(), electorate, session.quorum, needed),
                    List.of(new FieldText("present", Text.of("voting.quorum-count", present.size(), electorate, needed))),
                    session.status.name(), List.of(SessionAction.EDIT.apiName(), SessionAction.OPEN.apiName()));
        }
        session.present = new ArrayList<>(present);
        session.recusals = recusals.atOpening(session);
        session.status = SessionStatus.OPEN;
        session.openedAt = Instant.now(clock);
        sessions.flush();
        audit.transition(SessionAccess.ENTITY, session.id, "open", SessionStatus.DRAFT, SessionStatus.OPEN, null,
                Map.of("present", session.present.size(), "electorate", electorate, "rules", session.rules(), "recusals", session.recusals));
        return views.detail(session);
    }

    @Transactional
    public SessionDetail close(UUID id) {
        VotingSession session = access.lockForChange(id);
        access.requireAllowed(session, SessionAction.CLOSE);
        session.status = SessionStatus.CLOSED;
        session.closedAt = Instant.now(clock);
        long shuffled = session.mode != BallotMode.ELECTRONIC ? 0
                : session.encrypted ? encryptedBallots.trackers(session.id, session.round).size() : ballots.shuffle(session.id, session.round);
        sessions.flush();
        limit.forget(session.id);
        audit.transition(SessionAccess.ENTITY, session.id, "close", SessionStatus.OPEN, SessionStatus.CLOSED, null,
                Map.of("ballots", shuffled, "voted", ballots.participations(session.id, session.round)));
        return views.detail(session);
    }

    @Transactional
    public SessionDetail newRound(UUID id, RoundRequest request) {
        VotingSession previous = access.lockForChange(id);
        access.requireAllowed(previous, SessionAction.NEW_ROUND);
        if (sessions.count("previousRoundId", previous.id) > 0) {
            throw ApiProblem.conflict(Text.of("voting.round-exists", previous.round + 1));
        }
        boolean onlyTied = request == null || request.onlyTied() == null ? previous.result.tieForLastSeat() : request.onlyTied();
        VotingSession next = new VotingSession();
        next.purpose = previous.purpose;
        next.title = previous.title;
        next.clusterId = previous.clusterId;
        next.periodId = previous.periodId;
        next.awardTypeId = previous.awardTypeId;
        next.sessionDate = previous.sessionDate;
        next.place = previous.place;
        next.round = previous.round + 1;
        next.previousRoundId = previous.id;
        next.mode = previous.mode;
        next.encrypted = previous.encrypted;
        next.status = SessionStatus.DRAFT;
        next.quorum = previous.quorum;
        next.threshold = previous.threshold;
        next.base = previous.base;
        next.selfVoteAllowed = previous.selfVoteAllowed;
        next.abstainAllowed = previous.abstainAllowed;
        next.secret = previous.secret;
        next.electorate = new ArrayList<>(previous.electorate);
        long elected = previous.result.candidates().stream().filter(Tally.CandidateResult::elected).count();
        next.seats = (int) Math.max(1, previous.seats - elected);
        if (onlyTied) {
            next.candidates = previous.result.candidates().stream().filter(Tally.CandidateResult::tiedForLastSeat)
                    .map(r -> new Candidate(r.kind(), r.ref(), r.label())).toList();
        } else {
            Set<UUID> won = new HashSet<>();
            previous.result.candidates().stream().filter(Tally.CandidateResult::elected).forEach(r -> won.add(r.ref()));
            next.candidates = previous.candidates.stream().filter(c -> !won.contains(c.ref())).toList();
        }
        next.candidates = new ArrayList<>(next.candidates);
        Set<UUID> remaining = new HashSet<>();
        next.candidates.forEach(c -> remaining.add(c.ref()));
        // declared conflicts carry over to the items voted again; the others are found again at opening
        next.recusals = new ArrayList<>(previous.recusals.stream()
                .filter(r -> r.reason() == Recusal.Reason.DECLARED && remaining.contains(r.candidateRef())).toList());
        next.maxChoices = Math.min(Math.max(1, Math.min(previous.maxChoices, next.seats)), Math.max(1, next.candidates.size()));
        next.createdBy = user.username();
        sessions.persistAndFlush(next);
        board.reappoint(previous, next);
        audit.transition(SessionAccess.ENTITY, next.id, "create-round", null, SessionStatus.DRAFT, null,
                Map.of("previousRoundId", previous.id, "round", next.round, "candidates", next.candidates.size()));
        audit.record(SessionAccess.ENTITY, previous.id, "new-round", Map.of("nextRoundId", next.id));
        return views.detail(next);
    }
}
