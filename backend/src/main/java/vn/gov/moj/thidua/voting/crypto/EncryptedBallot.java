package vn.gov.moj.thidua.voting.crypto;

import java.util.List;
import java.util.UUID;

/**
 * A ballot of docs/ballot-crypto.md, decoded: per candidate, three encrypted 0/1 selections with their proofs.
 * {@code noSelfYesProof} (cast request only, never stored or published): the [0,0] proof of the voter's own
 * candidate's YES ciphertext when self-votes are forbidden; null otherwise.
 */
public record EncryptedBallot(UUID sessionId, int round, List<CandidateSelections> candidates, RangeProof yesTotalProof, RangeProof noSelfYesProof) {

    public EncryptedBallot(UUID sessionId, int round, List<CandidateSelections> candidates, RangeProof yesTotalProof) {
        this(sessionId, round, candidates, yesTotalProof, null);
    }

    /** The ballot as stored and published: without the cast-only self-vote proof. */
    public EncryptedBallot stored() {
        return new EncryptedBallot(sessionId, round, candidates, yesTotalProof, null);
    }

    /** The ballot's options in their fixed order. */
    public static final List<String> OPTIONS = List.of("YES", "NO", "ABSTAIN");

    public record Selection(Ciphertext ciphertext, RangeProof proof) {
    }

    /** {@code selections} in {@link #OPTIONS} order. */
    public record CandidateSelections(String candidateRef, List<Selection> selections, RangeProof sumProof) {

        public Ciphertext sum() {
            return selections.get(0).ciphertext().add(selections.get(1).ciphertext()).add(selections.get(2).ciphertext());
        }
    }

    public Ciphertext yesTotal() {
        Ciphertext total = candidates.get(0).selections().get(0).ciphertext();
        for (int i = 1; i < candidates.size(); i++) {
            total = total.add(candidates.get(i).selections().get(0).ciphertext());
        }
        return total;
    }
}
