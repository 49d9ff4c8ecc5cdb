package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.math.ec.ECPoint;

/**
 * Disjunctive Chaum–Pedersen proof that a ciphertext holds an integer in {@code [lo, hi]} (ElectionGuard 2.0's
 * range proof), Fiat–Shamir with {@link Hash} tag {@code thidua/range/v1}; lists {@code c}, {@code v} indexed lo…hi.
 */
public record RangeProof(int lo, int hi, List<BigInteger> c, List<BigInteger> v) {

    static final String TAG = "thidua/range/v1";
    static final int MAX_WIDTH = 500;

    /** Proves with random values drawn in this order: for each {@code j ≠ m} ascending {@code c_j} then {@code v_j}; then {@code u}. */
    public static RangeProof create(Statement st, int lo, int hi, int m, BigInteger r, Nonces nonces) {
        List<BigInteger> cs = new ArrayList<>();
        List<BigInteger> vs = new ArrayList<>();
        for (int j = lo; j <= hi; j++) {
            cs.add(j == m ? null : nonces.next());
            vs.add(j == m ? null : nonces.next());
        }
        return create(st, lo, hi, m, r, nonces.next(), cs, vs);
    }

    /** Proves with the given {@code u} and the simulated {@code c_j}, {@code v_j} ({@code null} at index {@code m}). */
    public static RangeProof create(Statement st, int lo, int hi, int m, BigInteger r, BigInteger u, List<BigInteger> cs, List<BigInteger> vs) {
        if (m < lo || m > hi) {
            throw new IllegalArgumentException("the value is outside the range it should prove");
        }
        Hash h = header(st, lo, hi);
        List<BigInteger> c = new ArrayList<>(cs);
        List<BigInteger> v = new ArrayList<>(vs);
        BigInteger others = BigInteger.ZERO;
        for (int j = lo; j <= hi; j++) {
            if (j == m) {
                h.point(P256.mulG(u)).point(P256.mul(st.key(), u));
            } else {
                ECPoint[] ab = commitments(st, j, c.get(j - lo), v.get(j - lo));
                h.point(ab[0]).point(ab[1]);
                others = others.add(c.get(j - lo));
            }
        }
        BigInteger cm = h.challenge().subtract(others).mod(P256.N);
        c.set(m - lo, cm);
        v.set(m - lo, u.add(cm.multiply(r)).mod(P256.N));
        return new RangeProof(lo, hi, List.copyOf(c), List.copyOf(v));
    }

    /** True when the proof holds for the statement and the expected range. */
    public boolean verify(Statement st, int expectedLo, int expectedHi) {
        if (lo != expectedLo || hi != expectedHi || hi < lo || hi - lo > MAX_WIDTH
                || c.size() != hi - lo + 1 || v.size() != hi - lo + 1) {
            return false;
        }
        Hash h = header(st, lo, hi);
        BigInteger sum = BigInteger.ZERO;
        for (int j = lo; j <= hi; j++) {
            ECPoint[] ab = commitments(st, j, c.get(j - lo), v.get(j - lo));
            if (ab[0].isInfinity() || ab[1].isInfinity()) {
                return false;
            }
            h.point(ab[0]).point(ab[1]);
            sum = sum.add(c.get(j - lo));
        }
        return sum.mod(P256.N).equals(h.challenge());
    }

    private static Hash header(Statement st, int lo, int hi) {
        return st.ciphertext().into(Hash.of(TAG).text(st.sessionId().toString()).integer(st.round()).text(st.label()).point(st.key()))
                .integer(lo).integer(hi);
    }

    /** {@code a_j = v·G − c·α}, {@code b_j = v·K − c·(β − j·G)}. */
    private static ECPoint[] commitments(Statement st, int j, BigInteger c, BigInteger v) {
        ECPoint alpha = st.ciphertext().alpha();
        ECPoint betaMinusJ = j == 0 ? st.ciphertext().beta() : st.ciphertext().beta().subtract(P256.mulG(j));
        ECPoint a = P256.mulG(v).subtract(P256.mul(alpha, c)).normalize();
        ECPoint b = P256.mulFixed(st.key(), v).subtract(P256.mul(betaMinusJ, c)).normalize();
        return new ECPoint[] {a, b};
    }
}
