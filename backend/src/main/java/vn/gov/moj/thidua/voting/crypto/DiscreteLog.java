package vn.gov.moj.thidua.voting.crypto;

import java.util.List;
import java.util.OptionalLong;

import org.bouncycastle.math.ec.ECPoint;

/** Combines partial decryptions and finds the small count {@code t} with {@code B − Σ M_i = t·G} by trying 0, 1, …, max. */
public final class DiscreteLog {

    private DiscreteLog() {
    }

    public static OptionalLong decrypt(Ciphertext total, List<ECPoint> shares, long max) {
        ECPoint rest = total.beta();
        for (ECPoint m : shares) {
            rest = rest.subtract(m);
        }
        return find(rest.normalize(), max);
    }

    public static OptionalLong find(ECPoint target, long max) {
        ECPoint acc = P256.CURVE.getInfinity();
        for (long t = 0; t <= max; t++) {
            if (acc.equals(target)) {
                return OptionalLong.of(t);
            }
            acc = acc.add(P256.G).normalize();
        }
        return OptionalLong.empty();
    }

}
