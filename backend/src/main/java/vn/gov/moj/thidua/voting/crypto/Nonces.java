package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

/** Where the provers' random scalars come from: a {@link SecureRandom}, or fixed values for the test vectors. */
@FunctionalInterface
public interface Nonces {

    /** The next scalar, in {@code [1, n)}. */
    BigInteger next();

    static Nonces secure() {
        SecureRandom random = new SecureRandom();
        return () -> P256.randomScalar(random);
    }

    /** Deterministic, for test vectors only: {@code H("thidua/test-nonce/v1", seed, k) mod n} for k = 0, 1, …. */
    static Nonces fixed(String seed) {
        int[] k = {0};
        return () -> {
            BigInteger x = Hash.of("thidua/test-nonce/v1").text(seed).integer(k[0]++).challenge();
            return x.signum() == 0 ? BigInteger.ONE : x;
        };
    }
}
