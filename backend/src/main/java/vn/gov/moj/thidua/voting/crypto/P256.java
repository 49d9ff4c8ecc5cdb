package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointUtil;

/**
 * The group of docs/ballot-crypto.md: NIST P-256 through BouncyCastle, with the codecs of the wire format
 * (compressed SEC1 points, 32-byte big-endian scalars, lowercase hex). Infinity and off-curve points are refused.
 */
public final class P256 {

    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256r1");
    public static final ECCurve CURVE = PARAMS.getCurve();
    public static final ECPoint G = PARAMS.getG();
    public static final BigInteger N = PARAMS.getN();
    private static final FixedPointCombMultiplier COMB = new FixedPointCombMultiplier();
    private static final HexFormat HEX = HexFormat.of();

    private P256() {
    }

    /** {@code k·G}. */
    public static ECPoint mulG(BigInteger k) {
        return COMB.multiply(G, k.mod(N)).normalize();
    }

    /** {@code k·P}. */
    public static ECPoint mul(ECPoint p, BigInteger k) {
        return p.multiply(k.mod(N)).normalize();
    }

    /**
     * {@code k·P} for a point used many times (an election key): a fixed-base comb table is computed once and kept
     * with the point object, so later products with the same object cost about as much as {@code k·G}.
     */
    public static ECPoint mulFixed(ECPoint p, BigInteger k) {
        return COMB.multiply(p, k.mod(N)).normalize();
    }

    /** Builds the fixed-base table of {@link #mulFixed} now (e.g. before the point is shared between threads). */
    public static void precompute(ECPoint p) {
        FixedPointUtil.precompute(p);
    }

    /** {@code m·G} for a small integer (0 gives infinity). */
    public static ECPoint mulG(long m) {
        return mulG(BigInteger.valueOf(m));
    }

    public static byte[] pointBytes(ECPoint p) {
        if (p.isInfinity()) {
            throw new CryptoFormatException("the point at infinity cannot be written");
        }
        return p.getEncoded(true);
    }

    public static String pointHex(ECPoint p) {
        return HEX.formatHex(pointBytes(p));
    }

    /** Reads a compressed point; refuses anything but 66 hex characters of a point on the curve other than infinity. */
    public static ECPoint point(String hex) {
        if (hex == null || hex.length() != 66) {
            throw new CryptoFormatException("a point is 66 hex characters");
        }
        byte[] bytes;
        try {
            bytes = HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new CryptoFormatException("a point is written in hex");
        }
        if (bytes[0] != 2 && bytes[0] != 3) {
            throw new CryptoFormatException("a point is compressed (02 or 03 first)");
        }
        try {
            ECPoint p = CURVE.decodePoint(bytes).normalize();
            if (p.isInfinity() || !p.isValid()) {
                throw new CryptoFormatException("not a point of the group");
            }
            return p;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CryptoFormatException("not a point of the curve");
        }
    }

    public static byte[] scalarBytes(BigInteger k) {
        byte[] raw = k.mod(N).toByteArray();
        byte[] out = new byte[32];
        int len = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - len, out, 32 - len, len);
        return out;
    }

    public static String scalarHex(BigInteger k) {
        return HEX.formatHex(scalarBytes(k));
    }

    /** Reads a scalar; refuses anything but 64 hex characters of a value below {@code n}. */
    public static BigInteger scalar(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new CryptoFormatException("a scalar is 64 hex characters");
        }
        BigInteger k;
        try {
            k = new BigInteger(1, HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new CryptoFormatException("a scalar is written in hex");
        }
        if (k.compareTo(N) >= 0) {
            throw new CryptoFormatException("a scalar is below the group order");
        }
        return k;
    }

    /** Uniform in {@code [1, n)}. */
    public static BigInteger randomScalar(SecureRandom random) {
        BigInteger k;
        do {
            k = new BigInteger(256, random);
        } while (k.signum() == 0 || k.compareTo(N) >= 0);
        return k;
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
