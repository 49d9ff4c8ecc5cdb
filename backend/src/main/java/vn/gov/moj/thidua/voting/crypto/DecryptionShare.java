package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A guardian's partial decryption {@code M_i = s_i·A} of a tallied ciphertext {@code (A, B)}, with the
 * Chaum–Pedersen proof that {@code log_G K_i = log_A M_i} (tag {@code thidua/decrypt/v1}).
 */
public record DecryptionShare(ECPoint share, BigInteger c, BigInteger v) {

    static final String TAG = "thidua/decrypt/v1";

    /** Where a share belongs: the session, round, label {@code <candidateRef>/<option>} and the guardian. */
    public record Context(UUID sessionId, int round, String label, String guardianId) {
    }

    public static DecryptionShare create(Context ctx, BigInteger secret, Ciphertext total, Nonces nonces) {
        ECPoint key = P256.mulG(secret);
        ECPoint m = P256.mul(total.alpha(), secret);
        BigInteger u = nonces.next();
        BigInteger c = challenge(ctx, key, total, m, P256.mulG(u), P256.mul(total.alpha(), u));
        return new DecryptionShare(m, c, u.add(c.multiply(secret)).mod(P256.N));
    }

    public boolean verify(Context ctx, ECPoint key, Ciphertext total) {
        if (share.isInfinity() || key.isInfinity()) {
            return false;
        }
        ECPoint a = P256.mulG(v).subtract(P256.mul(key, c)).normalize();
        ECPoint b = P256.mul(total.alpha(), v).subtract(P256.mul(share, c)).normalize();
        return !a.isInfinity() && !b.isInfinity() && c.equals(challenge(ctx, key, total, share, a, b));
    }

    private static BigInteger challenge(Context ctx, ECPoint key, Ciphertext total, ECPoint m, ECPoint a, ECPoint b) {
        Hash h = Hash.of(TAG).text(ctx.sessionId().toString()).integer(ctx.round()).text(ctx.label()).text(ctx.guardianId()).point(key);
        return total.into(h).point(m).point(a).point(b).challenge();
    }
}
