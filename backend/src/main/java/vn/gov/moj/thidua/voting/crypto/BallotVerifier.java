package vn.gov.moj.thidua.voting.crypto;

import java.util.List;
import java.util.Optional;

/**
 * Checks an encrypted ballot against the rules of its round: the open session and round, every candidate once in
 * order, every selection in [0,1] (ABSTAIN [0,0] when abstaining is not allowed), each candidate's three summing to
 * one, the YES total in [0, maxChoices], no YES for the voter's own candidate when self-votes are forbidden. Returns the first reason to refuse it, or empty when it is valid.
 */
public final class BallotVerifier {

    private BallotVerifier() {
    }

    public static Optional<BallotRejection> check(EncryptedBallot ballot, BallotRules rules) {
        if (!rules.sessionId().equals(ballot.sessionId()) || rules.round() != ballot.round()) {
            return Optional.of(BallotRejection.WRONG_ROUND);
        }
        List<String> refs = ballot.candidates().stream().map(EncryptedBallot.CandidateSelections::candidateRef).toList();
        if (!refs.equals(rules.candidateRefs())) {
            return Optional.of(BallotRejection.WRONG_CANDIDATES);
        }
        for (EncryptedBallot.CandidateSelections candidate : ballot.candidates()) {
            if (candidate.selections().size() != 3) {
                return Optional.of(BallotRejection.MALFORMED);
            }
            for (int o = 0; o < 3; o++) {
                String option = EncryptedBallot.OPTIONS.get(o);
                EncryptedBallot.Selection selection = candidate.selections().get(o);
                int hi = rules.selectionHi(o);
                Statement st = rules.statement(candidate.candidateRef() + "/" + option, selection.ciphertext());
                if (!selection.proof().verify(st, 0, hi)) {
                    return Optional.of(BallotRejection.BAD_SELECTION_PROOF);
                }
            }
            if (!candidate.sumProof().verify(rules.statement(candidate.candidateRef() + "/SUM", candidate.sum()), 1, 1)) {
                return Optional.of(BallotRejection.BAD_SUM_PROOF);
            }
        }
        if (!ballot.yesTotalProof().verify(rules.statement("YES-TOTAL", ballot.yesTotal()), 0, rules.maxChoices())) {
            return Optional.of(BallotRejection.BAD_TOTAL_PROOF);
        }
        if (rules.noYesFor() != null) {
            int own = refs.indexOf(rules.noYesFor());
            Ciphertext ownYes = ballot.candidates().get(own).selections().get(0).ciphertext();
            if (ballot.noSelfYesProof() == null
                    || !ballot.noSelfYesProof().verify(rules.statement(BallotRules.selfLabel(rules.noYesFor()), ownYes), 0, 0)) {
                return Optional.of(BallotRejection.SELF_VOTE);
            }
        }
        return Optional.empty();
    }
}
