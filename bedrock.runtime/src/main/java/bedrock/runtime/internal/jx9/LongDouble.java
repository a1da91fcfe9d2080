package bedrock.runtime.internal.jx9;

import java.math.BigInteger;

/**
 * The x87 80-bit {@code long double} arithmetic the engine's printf uses to print reals: a value
 * {@code m * 2^e} whose mantissa is rounded to 64 bits (half to even) after every operation. Only
 * what the formatter needs: non-negative finite values, add, multiply, compare and integer part.
 */
final class LongDouble {
    private static final int BITS = 64;
    static final LongDouble ZERO = new LongDouble(BigInteger.ZERO, 0);

    private final BigInteger m;
    private final int e;

    private LongDouble(BigInteger m, int e) {
        this.m = m;
        this.e = e;
    }

    /** The exact value of a finite, non-negative double. */
    static LongDouble of(double d) {
        if (d == 0) {
            return ZERO;
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) {
            return new LongDouble(BigInteger.valueOf(frac), -1074);
        }
        return new LongDouble(BigInteger.valueOf(frac | (1L << 52)), exp - 1075);
    }

    private static LongDouble rounded(BigInteger m, int e) {
        int excess = m.bitLength() - BITS;
        if (excess <= 0) {
            return new LongDouble(m, e);
        }
        BigInteger kept = m.shiftRight(excess);
        BigInteger rest = m.subtract(kept.shiftLeft(excess));
        int c = rest.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(excess));
        if (c > 0 || (c == 0 && kept.testBit(0))) {
            kept = kept.add(BigInteger.ONE);
        }
        return rounded(kept, e + excess);
    }

    LongDouble add(LongDouble o) {
        if (m.signum() == 0) {
            return o;
        }
        if (o.m.signum() == 0) {
            return this;
        }
        int low = Math.min(e, o.e);
        return rounded(m.shiftLeft(e - low).add(o.m.shiftLeft(o.e - low)), low);
    }

    LongDouble times(double d) {
        LongDouble o = of(d);
        return rounded(m.multiply(o.m), e + o.e);
    }

    int compareTo(double d) {
        LongDouble o = of(d);
        if (m.signum() == 0 || o.m.signum() == 0) {
            return Integer.compare(m.signum(), o.m.signum());
        }
        int low = Math.min(e, o.e);
        return m.shiftLeft(e - low).compareTo(o.m.shiftLeft(o.e - low));
    }

    boolean isZero() {
        return m.signum() == 0;
    }

    /** The integer part (a small value: a digit of the formatter). */
    int intPart() {
        return (e >= 0 ? m.shiftLeft(e) : m.shiftRight(-e)).intValue();
    }

    /** One digit, as the engine's {@code getdigit}: the integer part, then (value - digit) * 10. */
    LongDouble nextAfterDigit(int digit) {
        // Subtracting the integer part is exact; the sum stays non-negative.
        return add(new LongDouble(BigInteger.valueOf(-digit), 0)).times(10.0);
    }
}
