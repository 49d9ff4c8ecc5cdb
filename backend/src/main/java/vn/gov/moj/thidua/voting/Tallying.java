package vn.gov.moj.thidua.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;

/**
 * Counting a closed session under its frozen rules: the electronic ballots in the box, or the totals a counting
 * officer enters for a paper session (recorded with the officer's identity).
 */
@ApplicationScoped
public class Tallying {

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionAccess access;

    @Inject
    SessionViews views;

    @Inject
    BallotBox ballots;

    @Inject
    EncryptedTally encryptedTally;

    @Inject
    BoardMembers board;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public SessionDetail tally(UUID id) {
        VotingSession session = access.lockForChange(id);
        access.requireAllowed(session, SessionAction.TALLY);
        if (session.encrypted) {
            List<BoardMember> members = board.of(session.id);
            if (!members.isEmpty()) {
                long done = members.stream().filter(m -> m.decryptions != null).count();
                throw ApiProblem.conflict(Text.of("voting.board.awaiting-decryptions", done, members.size()));
            }
            return tallyEncrypted(session, members);
        }
        Map<UUID, TallyPolicy.Counts> counts = ballots.counts(session.id, session.round);
        int cast = (int) ballots.ballots(session.id, session.round);
        return countAndFinish(session, counts, cast);
    }

    /**
     * Counts a closed encrypted round whose counting board (if any) has posted every partial decryption: the server
     * adds its own, combines and finds the small totals. Called in the caller's transaction with the session locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SessionDetail tallyEncrypted(VotingSession session, List<BoardMember> members) {
        session.encryptedTally = encryptedTally.count(session, members);
        return countAndFinish(session, EncryptedTally.counts(session.encryptedTally), (int) ballots.participations(session.id, session.round));
    }

    private SessionDetail countAndFinish(VotingSession session, Map<UUID, TallyPolicy.Counts> counts, int cast) {
        TallyPolicy.Attendance whole = new TallyPolicy.Attendance(session.electorate.size(), session.present.size(), cast, 0);
        List<String> aside = session.recusals.stream().map(Recusal::voterKey).distinct().toList();
        session.result = TallyPolicy.tally(session.candidates, counts, session.thresholdShare(), session.quorumShare(), session.base, session.seats,
                whole, ItemAttendance.of(session.recusals, whole, session.present, ballots.votedAmong(session.id, session.round, aside)), false);
        return finishTally(session, SessionAction.TALLY, Map.of("ballots", cast));
    }

    @Transactional
    public SessionDetail paperTally(UUID id, PaperTallyRequest request) {
        VotingSession session = access.lockForChange(id);
        access.requireAllowed(session, SessionAction.PAPER_TALLY);
        List<FieldText> faults = new ArrayList<>();
        if (request.ballotsReceived() > request.ballotsIssued()) {
            faults.add(new FieldText("ballotsReceived", Text.of("voting.received-above-issued", request.ballotsReceived(), request.ballotsIssued())));
        }
        if (request.ballotsIssued() > session.present.size()) {
            faults.add(new FieldText("ballotsIssued", Text.of("voting.issued-above-present", request.ballotsIssued(), session.present.size())));
        }
        if (request.validBallots() + request.invalidBallots() != request.ballotsReceived()) {
            faults.add(new FieldText("validBallots", Text.of("voting.valid-plus-invalid", request.validBallots(), request.invalidBallots(), request.ballotsReceived())));
        }
        Map<UUID, TallyPolicy.Counts> counts = new HashMap<>();
        long yesTotal = 0;
        for (int i = 0; i < request.counts().size(); i++) {
            PaperTallyRequest.Count count = request.counts().get(i);
            String path = "counts[" + i + "]";
            if (session.candidate(count.candidateRef()).isEmpty()) {
                faults.add(new FieldText(path + ".candidateRef", Text.of("voting.not-a-candidate", count.candidateRef())));
                continue;
            }
            if (counts.containsKey(count.candidateRef())) {
                faults.add(new FieldText(path + ".candidateRef", Text.of("voting.counted-twice")));
                continue;
            }
            long no = count.no() == null ? 0 : count.no();
            long abstain = count.abstain() == null ? 0 : count.abstain();
            if (count.yes() + no + abstain > request.validBallots()) {
                faults.add(new FieldText(path, Text.of("voting.counts-exceed-valid", request.validBallots())));
            }
            if (abstain > 0 && !session.abstainAllowed) {
                faults.add(new FieldText(path + ".abstain", Text.of("voting.no-abstaining")));
            }
            yesTotal += count.yes();
            counts.put(count.candidateRef(), new TallyPolicy.Counts(count.yes(), no, abstain));
        }
        if (yesTotal > (long) request.validBallots() * session.maxChoices) {
            faults.add(new FieldText("counts", Text.of("voting.yes-above-possible", request.validBallots(), session.maxChoices)));
        }
        for (Candidate c : session.candidates) {
            if (!counts.containsKey(c.ref()) && faults.isEmpty()) {
                faults.add(new FieldText("counts", Text.of("voting.no-count", c.label(), c.ref())));
            }
        }
        InvalidRequest.requireNone(faults);
        session.paper = new PaperCount(request.ballotsIssued(), request.ballotsReceived(), request.validBallots(), request.invalidBallots(),
                user.username(), user.displayName(), Instant.now(clock).toString());
        TallyPolicy.Attendance whole = new TallyPolicy.Attendance(session.electorate.size(), session.present.size(), request.validBallots(),
                request.invalidBallots());
        // on paper the recused present members' ballots are taken to leave their items unmarked
        session.result = TallyPolicy.tally(session.candidates, counts, session.thresholdShare(), session.quorumShare(), session.base, session.seats,
                whole, ItemAttendance.of(session.recusals, whole, session.present, session.present), true);
        return finishTally(session, SessionAction.PAPER_TALLY, Map.of("paper", session.paper));
    }

    private SessionDetail finishTally(VotingSession session, SessionAction action, Object detail) {
        session.status = SessionStatus.TALLIED;
        session.talliedAt = Instant.now(clock);
        sessions.flush();
        audit.transition(SessionAccess.ENTITY, session.id, action.apiName(), SessionStatus.CLOSED, SessionStatus.TALLIED, null,
                Map.of("detail", detail, "tieForLastSeat", session.result.tieForLastSeat(),
                        "elected", session.result.candidates().stream().filter(Tally.CandidateResult::elected).map(Tally.CandidateResult::ref).toList()));
        return views.detail(session);
    }
}
