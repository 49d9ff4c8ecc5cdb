package vn.gov.moj.thidua.voting.crypto;

import java.util.List;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

/**
 * What a ballot must satisfy: the open round, the election key, the candidates in order, the YES maximum, abstaining,
 * and {@code noYesFor}: the voter's own candidate when self-votes are forbidden (the cast request then proves its YES
 * ciphertext [0,0] in a separate proof the server checks and drops), else null.
 */
public record BallotRules(UUID sessionId, int round, ECPoint electionKey, List<String> candidateRefs, int maxChoices, boolean abstainAllowed,
        String noYesFor) {

    public BallotRules(UUID sessionId, int round, ECPoint electionKey, List<String> candidateRefs, int maxChoices, boolean abstainAllowed) {
        this(sessionId, round, electionKey, candidateRefs, maxChoices, abstainAllowed, null);
    }

    Statement statement(String label, Ciphertext ciphertext) {
        return new Statement(sessionId, round, label, electionKey, ciphertext);
    }

    /** The upper bound of a selection's range proof: 0 for a forbidden abstention, else 1. */
    int selectionHi(int option) {
        return option == 2 && !abstainAllowed ? 0 : 1;
    }

    static String selfLabel(String candidateRef) {
        return candidateRef + "/YES-SELF";
    }
}
