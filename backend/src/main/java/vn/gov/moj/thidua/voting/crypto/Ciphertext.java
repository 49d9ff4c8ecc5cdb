package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;

/** An exponential ElGamal ciphertext {@code (α, β) = (r·G, m·G + r·K)}; ciphertexts add component-wise. */
public record Ciphertext(ECPoint alpha, ECPoint beta) {

    public static Ciphertext encrypt(ECPoint key, long m, BigInteger r) {
        return new Ciphertext(P256.mulG(r), P256.mulG(m).add(P256.mul(key, r)).normalize());
    }

    public Ciphertext add(Ciphertext other) {
        return new Ciphertext(alpha.add(other.alpha).normalize(), beta.add(other.beta).normalize());
    }

    public Hash into(Hash h) {
        return h.point(alpha).point(beta);
    }
}
