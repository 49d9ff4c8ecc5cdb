package vn.gov.moj.thidua.voting.crypto;

import java.util.List;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

/** What a ballot must satisfy: the open round, the election key, the candidates in order, the YES maximum, abstaining. */
public record BallotRules(UUID sessionId, int round, ECPoint electionKey, List<String> candidateRefs, int maxChoices, boolean abstainAllowed) {

    Statement statement(String label, Ciphertext ciphertext) {
        return new Statement(sessionId, round, label, electionKey, ciphertext);
    }
}
