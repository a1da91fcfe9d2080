package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Math built-ins: min/max/round and the usual functions. */
final class MathLib {
    private MathLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("min", (f, a, l) -> extreme(f, a, -1));
        t.put("max", (f, a, l) -> extreme(f, a, 1));
        t.put("round", MathLib::round);
        t.put("abs", (f, a, l) -> {
            Object n = Values.toNumber(arg(a, 0));
            return n instanceof Long x ? (x < 0 ? Arith.negate(x) : x) : (Object) Math.abs((Double) n);
        });
        t.put("floor", real(Math::floor));
        t.put("ceil", real(Math::ceil));
        t.put("sqrt", real(Math::sqrt));
        t.put("exp", real(Math::exp));
        t.put("log10", real(Math::log10));
        t.put("sin", real(Math::sin));
        t.put("cos", real(Math::cos));
        t.put("tan", real(Math::tan));
        t.put("log", (f, a, l) -> a.length > 1
                ? Math.log(Values.toDouble(a[0])) / Math.log(Values.toDouble(a[1]))
                : Math.log(Values.toDouble(arg(a, 0))));
        t.put("pi", (f, a, l) -> Math.PI);
        t.put("pow", MathLib::pow);
        t.put("fmod", (f, a, l) -> Values.toDouble(arg(a, 0)) % Values.toDouble(arg(a, 1)));
        t.put("intdiv", (f, a, l) -> {
            long d = Values.toLong(arg(a, 1));
            if (d == 0) {
                f.in.error(l, "Division by zero");
                return null;
            }
            return Values.toLong(arg(a, 0)) / d;
        });
    }

    private static Builtin real(DoubleUnaryOperator op) {
        return (f, a, l) -> op.applyAsDouble(Values.toDouble(arg(a, 0)));
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

    private static Object round(Frame f, Object[] a, int line) {
        double d = Values.toDouble(arg(a, 0));
        long places = Builtins.lng(a, 1, 0);
        if (!Double.isFinite(d)) {
            return d;
        }
        BigDecimal bd = new BigDecimal(Double.toString(d));
        return bd.setScale((int) Math.max(-300, Math.min(300, places)), RoundingMode.HALF_UP).doubleValue();
    }

    private static Object pow(Frame f, Object[] a, int line) {
        Object b = Values.toNumber(arg(a, 0));
        Object e = Values.toNumber(arg(a, 1));
        if (b instanceof Long x && e instanceof Long y && y >= 0) {
            if (x == 0 || x == 1) {
                return y == 0 ? 1L : x;
            }
            if (x == -1) {
                return y % 2 == 0 ? 1L : -1L;
            }
            Object r = 1L;
            for (long i = 0; i < y && r instanceof Long; i++) {
                r = Arith.mul(r, x);
            }
            return r instanceof Long ? r : Math.pow(x, y);
        }
        return Math.pow(Values.toDouble(b), Values.toDouble(e));
    }
}
