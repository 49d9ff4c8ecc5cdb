package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact share such as 2/3 or 0.15, so "at least 2/3 of the members" is decided without rounding:
 * 6 of 9 meets 2/3, which 0.6667 would not.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) {

    public Fraction {
        if (denominator.signum() <= 0 || numerator.signum() < 0) {
            throw new IllegalArgumentException("a share needs a positive denominator and a non-negative numerator");
        }
    }

    /** Parses "2/3" or a decimal such as "0.15" or "1". */
    public static Fraction parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return new Fraction(new BigInteger(s.substring(0, slash).strip()), new BigInteger(s.substring(slash + 1).strip()));
        }
        return of(new BigDecimal(s));
    }

    public static Fraction of(BigDecimal decimal) {
        BigDecimal d = decimal.stripTrailingZeros();
        int scale = Math.max(d.scale(), 0);
        return new Fraction(d.movePointRight(scale).toBigIntegerExact(), BigInteger.TEN.pow(scale));
    }

    /** Whether {@code part} out of {@code whole} is at least this share (an empty whole meets nothing but 0). */
    public boolean isMetBy(long part, long whole) {
        if (whole <= 0) {
            return numerator.signum() == 0;
        }
        return BigInteger.valueOf(part).multiply(denominator).compareTo(numerator.multiply(BigInteger.valueOf(whole))) >= 0;
    }

    /** Whether {@code part} out of {@code whole} stays within this share (e.g. CSTĐCS ≤ 15% of LĐTT). */
    public boolean isNotExceededBy(long part, long whole) {
        return BigInteger.valueOf(part).multiply(denominator).compareTo(numerator.multiply(BigInteger.valueOf(Math.max(whole, 0)))) <= 0;
    }

    /** The largest count out of {@code whole} that stays within this share (15% of 21 → 3). */
    public long maxOutOf(long whole) {
        return numerator.multiply(BigInteger.valueOf(whole)).divide(denominator).longValueExact();
    }

    public BigDecimal toDecimal() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 6, java.math.RoundingMode.HALF_EVEN);
    }
}
