package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.array;

/** range(). */
final class RangeLib {
    private RangeLib() {
    }

    /** range(start, end [, step]): integers, reals, or single letters. */
    static Object range(Frame f, Object[] a, int line) {
        Object s = arg(a, 0);
        Object e = arg(a, 1);
        if (s instanceof String x && e instanceof String y && x.length() == 1 && y.length() == 1
                && !Character.isDigit(x.charAt(0))) {
            return letters(f, x.charAt(0), y.charAt(0), Math.max(1, Math.abs(Builtins.lng(a, 2, 1))));
        }
        Object step = a.length > 2 ? Values.toNumber(a[2]) : (Object) 1L;
        Object from = Values.toNumber(s);
        Object to = Values.toNumber(e);
        if (from instanceof Long x && to instanceof Long y && step instanceof Long st) {
            return integers(f, x, y, st == 0 ? 1 : Math.abs(st));
        }
        double st = Math.abs(Values.toDouble(step));
        return reals(f, Values.toDouble(from), Values.toDouble(to), st == 0 ? 1 : st);
    }

    private static Jx9Array integers(Frame f, long from, long to, long step) {
        // Charge the whole range before building it, so a huge range fails fast without the memory.
        f.in.charge((long) Math.min(1e18, Math.abs((double) to - (double) from) / step + 1));
        Jx9Array r = new Jx9Array();
        long dir = from <= to ? 1 : -1;
        for (long v = from; dir > 0 ? v <= to : v >= to; v += dir * step) {
            r.append(v);
            if (Math.abs(step) > Math.abs(to - v)) {
                break;
            }
        }
        return r;
    }

    private static Jx9Array reals(Frame f, double from, double to, double step) {
        f.in.charge((long) Math.min(1e18, Math.abs(to - from) / step + 1));
        Jx9Array r = new Jx9Array();
        double dir = from <= to ? 1 : -1;
        for (long i = 0;; i++) {
            double v = from + dir * step * i;
            if (dir > 0 ? v > to + 1e-12 : v < to - 1e-12) {
                return r;
            }
            f.in.step();
            r.append(v);
        }
    }

    private static Jx9Array letters(Frame f, char from, char to, long step) {
        Jx9Array r = new Jx9Array();
        int dir = from <= to ? 1 : -1;
        for (int c = from; dir > 0 ? c <= to : c >= to; c += dir * (int) step) {
            f.in.step();
            r.append(String.valueOf((char) c));
        }
        return r;
    }
}
