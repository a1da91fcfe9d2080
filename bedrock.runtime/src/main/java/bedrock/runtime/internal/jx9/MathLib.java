package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Math built-ins: min/max/round and the functions of the engine's math table (reals in, reals out). */
final class MathLib {
    /** The engine's value of pi (JX9_PI), returned by pi() and the constant PI. */
    static final double ENGINE_PI = 3.1415926535898;
    private static final double LARGEST_INT64 = 9.223372036854775807e18;

    private MathLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("min", (f, a, l) -> extreme(f, a, -1));
        t.put("max", (f, a, l) -> extreme(f, a, 1));
        t.put("round", MathLib::round);
        t.put("abs", MathLib::abs);
        t.put("floor", real(Math::floor));
        t.put("ceil", real(Math::ceil));
        t.put("sqrt", real(Math::sqrt));
        t.put("exp", real(Math::exp));
        t.put("log10", real(Math::log10));
        t.put("sin", real(Math::sin));
        t.put("cos", real(Math::cos));
        t.put("tan", real(Math::tan));
        t.put("asin", real(Math::asin));
        t.put("acos", real(Math::acos));
        t.put("atan", real(Math::atan));
        t.put("sinh", real(Math::sinh));
        t.put("cosh", real(Math::cosh));
        t.put("tanh", real(Math::tanh));
        t.put("atan2", (f, a, l) -> a.length < 2 ? (Object) 0L
                : Math.atan2(Values.toDouble(a[0]), Values.toDouble(a[1])));
        t.put("hypot", (f, a, l) -> a.length < 2 ? 0.0
                : Math.hypot(Values.toDouble(a[0]), Values.toDouble(a[1])));
        t.put("fmod", (f, a, l) -> a.length < 2 ? 0.0 : Values.toDouble(a[0]) % Values.toDouble(a[1]));
        // The engine takes a base of 10 as log10 and ignores any other base.
        t.put("log", (f, a, l) -> a.length < 1 ? (Object) 0L
                : a.length == 2 && TypeLib.isNumeric(a[1]) && (int) Values.toLong(a[1]) == 10
                ? Math.log10(Values.toDouble(a[0])) : Math.log(Values.toDouble(a[0])));
        t.put("pi", (f, a, l) -> ENGINE_PI);
        t.put("pow", (f, a, l) -> a.length < 1 ? (Object) 0L
                : Math.pow(Values.toDouble(a[0]), Values.toDouble(arg(a, 1))));
        t.put("intdiv", (f, a, l) -> {
            long d = Values.toLong(arg(a, 1));
            if (d == 0) {
                f.in.error(l, "Division by zero");
                return null;
            }
            return Values.toLong(arg(a, 0)) / d;
        });
    }

    /** A function of one real, answering a real; without an argument the engine answers 0. */
    private static Builtin real(DoubleUnaryOperator op) {
        return (f, a, l) -> a.length < 1 ? (Object) 0L : op.applyAsDouble(Values.toDouble(a[0]));
    }

    /** A real stays a real; anything else is read as a 32-bit integer, as the engine does. */
    private static Object abs(Frame f, Object[] a, int line) {
        if (a.length < 1) {
            return 0L;
        }
        if (a[0] instanceof Double d) {
            return Math.abs(d);
        }
        return (long) Math.abs((int) Values.toLong(a[0]));
    }

    /** min/max over the arguments, or over the values of a single array argument. */
    private static Object extreme(Frame f, Object[] a, int sign) {
        Object[] items = a;
        if (a.length == 1 && a[0] instanceof Jx9Array arr) {
            items = ArrayLib.values(arr);
        }
        if (items.length == 0) {
            return null;
        }
        f.in.charge(items.length);
        Object best = items[0];
        for (int i = 1; i < items.length; i++) {
            if (Values.compare(items[i], best) * sign > 0) {
                best = items[i];
            }
        }
        return best;
    }

    /**
     * round(x, places): places is clamped to 0..30 (a negative precision counts as 0, as in the
     * engine); with no places, half away from zero; otherwise the engine prints {@code %.<places>f}
     * with its own printf (so 2.675 gives 2.67) and reads the text back. Always a real.
     */
    private static Object round(Frame f, Object[] a, int line) {
        if (a.length < 1) {
            return 0L;
        }
        int n = a.length > 1 ? Math.max(0, Math.min(30, (int) Values.toLong(a[1]))) : 0;
        double r = Values.toDouble(a[0]);
        if (n == 0 && r >= 0 && r < LARGEST_INT64) {
            return (double) (long) (r + 0.5);
        }
        if (n == 0 && r < 0 && -r < LARGEST_INT64) {
            return 0.0 - (double) (long) (-r + 0.5);     // 0.0 - x: no negative zero
        }
        if (!Double.isFinite(r)) {
            return r;
        }
        return readReal(Format.sprintf(f, new Object[] {"%." + n + "f", r}, line));
    }

    /**
     * The engine's reading of a real: at most 15 digits count (integer digits first); when they run
     * out inside the integer part the remaining digits are dropped, so "100000000000000000000" reads
     * as 1e14, as it does there.
     */
    static double readReal(String s) {
        int i = 0;
        boolean neg = i < s.length() && s.charAt(i) == '-';
        if (neg || (i < s.length() && s.charAt(i) == '+')) {
            i++;
        }
        long digits = 0;
        int left = 15;
        int scale = 0;
        for (; i < s.length() && left > 0 && Character.isDigit(s.charAt(i)); i++, left--) {
            digits = digits * 10 + (s.charAt(i) - '0');
        }
        if (i < s.length() && s.charAt(i) == '.') {
            for (i++; i < s.length() && left > 0 && Character.isDigit(s.charAt(i)); i++, left--) {
                digits = digits * 10 + (s.charAt(i) - '0');
                scale++;
            }
        }
        double v = new BigDecimal(digits).movePointLeft(scale).doubleValue();
        return neg && v != 0 ? -v : v;
    }
}
