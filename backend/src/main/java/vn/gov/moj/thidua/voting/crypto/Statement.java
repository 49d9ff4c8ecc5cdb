package vn.gov.moj.thidua.voting.crypto;

import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

/** What a range proof is about: the ciphertext, its label, the election key, and the session and round it is bound to. */
public record Statement(UUID sessionId, int round, String label, ECPoint key, Ciphertext ciphertext) {
}
