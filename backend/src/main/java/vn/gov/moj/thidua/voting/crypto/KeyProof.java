package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

/** Schnorr proof that a guardian knows the secret {@code s_i} of its public share {@code K_i = s_i·G}. */
public record KeyProof(BigInteger c, BigInteger v) {

    static final String TAG = "thidua/key/v1";

    public static KeyProof create(UUID sessionId, String guardianId, BigInteger secret, Nonces nonces) {
        ECPoint key = P256.mulG(secret);
        BigInteger u = nonces.next();
        BigInteger c = challenge(sessionId, guardianId, key, P256.mulG(u));
        return new KeyProof(c, u.add(c.multiply(secret)).mod(P256.N));
    }

    public boolean verify(UUID sessionId, String guardianId, ECPoint key) {
        if (key.isInfinity()) {
            return false;
        }
        ECPoint a = P256.mulG(v).subtract(P256.mul(key, c)).normalize();
        return !a.isInfinity() && c.equals(challenge(sessionId, guardianId, key, a));
    }

    private static BigInteger challenge(UUID sessionId, String guardianId, ECPoint key, ECPoint a) {
        return Hash.of(TAG).text(sessionId.toString()).text(guardianId).point(key).point(a).challenge();
    }
}
