package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Encrypts a ballot as the voter's browser does (the server uses it only in tests, vectors and the benchmark).
 * Random values are drawn in this order: per candidate, per option YES, NO, ABSTAIN: {@code r} then the range
 * proof's; then the candidate's sum proof; after all candidates the YES-total proof; then, when self-votes are
 * forbidden, the [0,0] proof of the own candidate's YES.
 */
public final class BallotEncryptor {

    private BallotEncryptor() {
    }

    /** {@code choices.get(i)} is the option (0 YES, 1 NO, 2 ABSTAIN) for {@code rules.candidateRefs().get(i)}. */
    public static EncryptedBallot encrypt(BallotRules rules, List<Integer> choices, Nonces nonces) {
        List<EncryptedBallot.CandidateSelections> candidates = new ArrayList<>();
        BigInteger yesNonce = BigInteger.ZERO;
        List<BigInteger> yesNonces = new ArrayList<>();
        int yes = 0;
        for (int i = 0; i < rules.candidateRefs().size(); i++) {
            String ref = rules.candidateRefs().get(i);
            List<EncryptedBallot.Selection> selections = new ArrayList<>();
            BigInteger sumNonce = BigInteger.ZERO;
            for (int o = 0; o < 3; o++) {
                String option = EncryptedBallot.OPTIONS.get(o);
                int m = choices.get(i) == o ? 1 : 0;
                BigInteger r = nonces.next();
                Ciphertext ct = Ciphertext.encrypt(rules.electionKey(), m, r);
                int hi = rules.selectionHi(o);
                selections.add(new EncryptedBallot.Selection(ct, RangeProof.create(rules.statement(ref + "/" + option, ct), 0, hi, m, r, nonces)));
                sumNonce = sumNonce.add(r);
                if (o == 0) {
                    yesNonces.add(r);
                    yesNonce = yesNonce.add(r);
                    yes += m;
                }
            }
            EncryptedBallot.CandidateSelections partial = new EncryptedBallot.CandidateSelections(ref, selections, null);
            RangeProof sumProof = RangeProof.create(rules.statement(ref + "/SUM", partial.sum()), 1, 1, 1, sumNonce.mod(P256.N), nonces);
            candidates.add(new EncryptedBallot.CandidateSelections(ref, selections, sumProof));
        }
        EncryptedBallot unproved = new EncryptedBallot(rules.sessionId(), rules.round(), candidates, null);
        RangeProof total = RangeProof.create(rules.statement("YES-TOTAL", unproved.yesTotal()), 0, rules.maxChoices(), yes, yesNonce.mod(P256.N), nonces);
        RangeProof self = null;
        if (rules.noYesFor() != null) {
            int own = rules.candidateRefs().indexOf(rules.noYesFor());
            Ciphertext ownYes = candidates.get(own).selections().get(0).ciphertext();
            self = RangeProof.create(rules.statement(BallotRules.selfLabel(rules.noYesFor()), ownYes), 0, 0, choices.get(own) == 0 ? 1 : 0,
                    yesNonces.get(own), nonces);
        }
        return new EncryptedBallot(rules.sessionId(), rules.round(), candidates, total, self);
    }
}
