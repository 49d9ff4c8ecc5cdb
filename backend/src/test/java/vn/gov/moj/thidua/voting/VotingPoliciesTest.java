package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.catalog.Fraction;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;

/** Quorum, threshold, seats and ballot validity at their edges, without Quarkus. */
class VotingPoliciesTest {

    private static final Fraction TWO_THIRDS = Fraction.parse("2/3");

    private static List<Candidate> candidates(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Candidate(CandidateKind.UNIT, new UUID(0, i), "Đơn vị " + i));
        }
        return list;
    }

    private static Map<UUID, TallyPolicy.Counts> yes(List<Candidate> candidates, long... yes) {
        Map<UUID, TallyPolicy.Counts> counts = new HashMap<>();
        for (int i = 0; i < yes.length; i++) {
            counts.put(candidates.get(i).ref(), new TallyPolicy.Counts(yes[i], 9 - yes[i], 0));
        }
        return counts;
    }

    private static Tally.CandidateResult of(Tally tally, Candidate c) {
        return tally.candidates().stream().filter(r -> r.ref().equals(c.ref())).findFirst().orElseThrow();
    }

    @Test
    void sixOfNineMeetsTwoThirdsAndFiveOfNineDoesNot() {
        List<Candidate> cs = candidates(2);
        Tally tally = TallyPolicy.tally(cs, yes(cs, 6, 5), TWO_THIRDS, VoteBase.ALL_MEMBERS, 2,
                new TallyPolicy.Attendance(9, 9, 9, 0), false);
        assertThat(of(tally, cs.get(0)).passed()).isTrue();
        assertThat(of(tally, cs.get(0)).elected()).isTrue();
        assertThat(of(tally, cs.get(1)).passed()).isFalse();
        assertThat(of(tally, cs.get(1)).elected()).isFalse();
        assertThat(tally.baseCount()).isEqualTo(9);
    }

    @Test
    void theBaseDecidesWhatTheThresholdIsMeasuredAgainst() {
        List<Candidate> cs = candidates(1);
        var attendance = new TallyPolicy.Attendance(12, 9, 7, 2);
        // 6 YES: 6/12 fails 2/3 of all members, 6/9 meets 2/3 of those present, 6/7 meets 2/3 of valid votes.
        assertThat(of(TallyPolicy.tally(cs, yes(cs, 6), TWO_THIRDS, VoteBase.ALL_MEMBERS, 1, attendance, false), cs.get(0)).passed()).isFalse();
        assertThat(of(TallyPolicy.tally(cs, yes(cs, 6), TWO_THIRDS, VoteBase.PRESENT, 1, attendance, false), cs.get(0)).passed()).isTrue();
        assertThat(of(TallyPolicy.tally(cs, yes(cs, 6), TWO_THIRDS, VoteBase.VOTES_CAST, 1, attendance, false), cs.get(0)).passed()).isTrue();
        assertThat(TallyPolicy.baseCount(VoteBase.VOTES_CAST, attendance)).isEqualTo(7);
    }

    @Test
    void theHighestYesCountsTakeTheSeatsWhenMorePass() {
        List<Candidate> cs = candidates(4);
        Tally tally = TallyPolicy.tally(cs, yes(cs, 7, 9, 8, 6), TWO_THIRDS, VoteBase.ALL_MEMBERS, 2,
                new TallyPolicy.Attendance(9, 9, 9, 0), false);
        assertThat(tally.tieForLastSeat()).isFalse();
        assertThat(tally.candidates().stream().filter(Tally.CandidateResult::elected).map(Tally.CandidateResult::ref))
                .containsExactlyInAnyOrder(cs.get(1).ref(), cs.get(2).ref());
        assertThat(tally.candidates().get(0).ref()).isEqualTo(cs.get(1).ref());
        assertThat(of(tally, cs.get(0)).passed()).isTrue();
        assertThat(of(tally, cs.get(0)).elected()).isFalse();
    }

    @Test
    void anExactTieAtTheLastSeatElectsNeitherAndIsFlagged() {
        List<Candidate> cs = candidates(3);
        Tally tally = TallyPolicy.tally(cs, yes(cs, 9, 7, 7), TWO_THIRDS, VoteBase.ALL_MEMBERS, 2,
                new TallyPolicy.Attendance(9, 9, 9, 0), false);
        assertThat(tally.tieForLastSeat()).isTrue();
        assertThat(of(tally, cs.get(0)).elected()).isTrue();
        assertThat(of(tally, cs.get(1)).elected()).isFalse();
        assertThat(of(tally, cs.get(1)).tiedForLastSeat()).isTrue();
        assertThat(of(tally, cs.get(2)).tiedForLastSeat()).isTrue();
        assertThat(of(tally, cs.get(1)).rank()).isEqualTo(2);
    }

    @Test
    void aTieWithinTheSeatsIsNoTie() {
        List<Candidate> cs = candidates(3);
        Tally tally = TallyPolicy.tally(cs, yes(cs, 7, 7, 3), TWO_THIRDS, VoteBase.ALL_MEMBERS, 2,
                new TallyPolicy.Attendance(9, 9, 9, 0), false);
        assertThat(tally.tieForLastSeat()).isFalse();
        assertThat(of(tally, cs.get(0)).elected()).isTrue();
        assertThat(of(tally, cs.get(1)).elected()).isTrue();
    }

    @Test
    void quorumIsTwoThirdsOfTheElectorateExactly() {
        assertThat(QuorumPolicy.isMet(TWO_THIRDS, 4, 6)).isTrue();
        assertThat(QuorumPolicy.isMet(TWO_THIRDS, 3, 6)).isFalse();
        assertThat(QuorumPolicy.isMet(TWO_THIRDS, 8, 11)).isTrue();
        assertThat(QuorumPolicy.isMet(TWO_THIRDS, 7, 11)).isFalse();
        assertThat(QuorumPolicy.needed(TWO_THIRDS, 11)).isEqualTo(8);
        assertThat(QuorumPolicy.isMet(Fraction.parse("0"), 0, 6)).isFalse();
    }

    @Test
    void aValidBallotMarksEveryCandidateOnce() {
        List<Candidate> cs = candidates(3);
        VotingRules rules = new VotingRules("2/3", "2/3", VoteBase.ALL_MEMBERS, 1, 1, false, true, true);
        var marks = List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.YES), new BallotPolicy.Mark(cs.get(1).ref(), Choice.NO),
                new BallotPolicy.Mark(cs.get(2).ref(), Choice.ABSTAIN));
        assertThat(BallotPolicy.faults(cs, rules, cs.get(1).ref().toString(), marks)).isEmpty();
    }

    @Test
    void invalidBallotsNameTheirFaults() {
        List<Candidate> cs = candidates(3);
        VotingRules rules = new VotingRules("2/3", "2/3", VoteBase.ALL_MEMBERS, 1, 1, false, false, true);
        UUID stranger = new UUID(9, 9);
        List<FieldText> tooMany = BallotPolicy.faults(cs, rules, null, List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.YES),
                new BallotPolicy.Mark(cs.get(1).ref(), Choice.YES), new BallotPolicy.Mark(cs.get(2).ref(), Choice.NO)));
        assertThat(tooMany).extracting(FieldText::field).containsExactly("choices");
        List<FieldText> self = BallotPolicy.faults(cs, rules, cs.get(0).ref().toString(), List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.YES),
                new BallotPolicy.Mark(cs.get(1).ref(), Choice.NO), new BallotPolicy.Mark(cs.get(2).ref(), Choice.NO)));
        assertThat(self).extracting(FieldText::field).containsExactly("choices[0].choice");
        List<FieldText> abstain = BallotPolicy.faults(cs, rules, null, List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.ABSTAIN),
                new BallotPolicy.Mark(cs.get(1).ref(), Choice.NO), new BallotPolicy.Mark(cs.get(2).ref(), Choice.NO)));
        assertThat(abstain).extracting(FieldText::field).containsExactly("choices[0].choice");
        List<FieldText> unknown = BallotPolicy.faults(cs, rules, null, List.of(new BallotPolicy.Mark(stranger, Choice.YES)));
        assertThat(unknown).extracting(FieldText::field).containsExactly("choices[0].candidateRef");
        List<FieldText> missing = BallotPolicy.faults(cs, rules, null, List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.NO)));
        assertThat(missing).extracting(FieldText::field).containsExactly("choices", "choices");
        List<FieldText> twice = BallotPolicy.faults(cs, rules, null, List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.NO),
                new BallotPolicy.Mark(cs.get(0).ref(), Choice.NO)));
        assertThat(twice).extracting(FieldText::field).containsExactly("choices[1].candidateRef");
    }

    @Test
    void selfVotesPassWhereAllowed() {
        List<Candidate> cs = candidates(1);
        VotingRules rules = new VotingRules("2/3", "2/3", VoteBase.ALL_MEMBERS, 1, 1, true, true, true);
        assertThat(BallotPolicy.faults(cs, rules, cs.get(0).ref().toString(), List.of(new BallotPolicy.Mark(cs.get(0).ref(), Choice.YES)))).isEmpty();
    }

    @Test
    void workflowListsTheAllowedActions() {
        assertThat(SessionWorkflow.allowed(SessionStatus.OPEN, BallotMode.ELECTRONIC, false)).containsExactly(SessionAction.CAST, SessionAction.CLOSE);
        assertThat(SessionWorkflow.allowed(SessionStatus.OPEN, BallotMode.PAPER, false)).containsExactly(SessionAction.CLOSE);
        assertThat(SessionWorkflow.allowed(SessionStatus.CLOSED, BallotMode.PAPER, false)).containsExactly(SessionAction.PAPER_TALLY);
        assertThat(SessionWorkflow.allowed(SessionStatus.PUBLISHED, BallotMode.ELECTRONIC, false)).isEmpty();
        assertThat(SessionWorkflow.allowed(SessionStatus.TALLIED, BallotMode.ELECTRONIC, true)).containsExactly(SessionAction.PUBLISH, SessionAction.NEW_ROUND);
    }

    @Test
    void receiptCodesAreTenBase32Characters() {
        String code = BallotBox.receiptCode();
        assertThat(code).hasSize(10).matches("[A-Z2-9]{10}");
        assertThat(BallotBox.receiptCode()).isNotEqualTo(code);
    }
}
