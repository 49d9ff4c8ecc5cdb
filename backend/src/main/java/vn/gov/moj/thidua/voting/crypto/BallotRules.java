package vn.gov.moj.thidua.voting.crypto;

import java.util.List;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

/**
 * What a ballot must satisfy: the open round, the election key, the candidates in order, the YES maximum, abstaining,
 * and {@code noYesFor}: the voter's own candidate when self-votes are forbidden (its YES selection is proved [0,0]),
 * else null.
 */
public record BallotRules(UUID sessionId, int round, ECPoint electionKey, List<String> candidateRefs, int maxChoices, boolean abstainAllowed,
        String noYesFor) {

    public BallotRules(UUID sessionId, int round, ECPoint electionKey, List<String> candidateRefs, int maxChoices, boolean abstainAllowed) {
        this(sessionId, round, electionKey, candidateRefs, maxChoices, abstainAllowed, null);
    }

    Statement statement(String label, Ciphertext ciphertext) {
        return new Statement(sessionId, round, label, electionKey, ciphertext);
    }

    /** The upper bound of a selection's range proof: 0 for a forbidden abstention or self-vote, else 1. */
    int selectionHi(String candidateRef, int option) {
        if (option == 2 && !abstainAllowed) {
            return 0;
        }
        return option == 0 && candidateRef.equals(noYesFor) ? 0 : 1;
    }
}
