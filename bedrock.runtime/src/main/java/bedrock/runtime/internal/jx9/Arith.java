package bedrock.runtime.internal.jx9;

/**
 * Jx9 arithmetic. Integer results that overflow become reals; division is real division turned
 * back into an integer when exact. Division or modulo by zero reports a run-time error.
 */
final class Arith {
    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    static final int MOD = 4;
    static final int CAT = 5;
    static final int BAND = 6;
    static final int BOR = 7;
    static final int BXOR = 8;
    static final int SHL = 9;
    static final int SHR = 10;

    private Arith() {
    }

    static Object apply(Frame f, int op, Object a, Object b, int line) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(f, a, b, line);
            case MOD -> mod(f, a, b, line);
            case CAT -> Interp.checkLength(Values.toStr(a).concat(Values.toStr(b)));
            case BAND -> Values.toLong(a) & Values.toLong(b);
            case BOR -> Values.toLong(a) | Values.toLong(b);
            case BXOR -> Values.toLong(a) ^ Values.toLong(b);
            case SHL -> Values.toLong(a) << Values.toLong(b);
            case SHR -> Values.toLong(a) >> Values.toLong(b);
            default -> throw new IllegalArgumentException("operator " + op);
        };
    }

    static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return addLong(x, y);
        }
        if (a instanceof Jx9Array x && b instanceof Jx9Array y) {
            return union(x, y);
        }
        Object x = Values.toNumber(a);
        Object y = Values.toNumber(b);
        if (x instanceof Long l && y instanceof Long m) {
            return addLong(l, m);
        }
        return Values.toDouble(x) + Values.toDouble(y);
    }

    private static Object addLong(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            return (double) x + (double) y;
        }
        return r;
    }

    /** {@code $a + $b} on arrays: the keys of $b missing from $a are added, into a new array. */
    private static Jx9Array union(Jx9Array x, Jx9Array y) {
        Jx9Array r = x.shallowCopy();
        for (int i = 0; i < y.size(); i++) {
            if (!r.containsKey(y.keyAt(i))) {
                r.put(y.keyAt(i), y.valueAt(i));
            }
        }
        return r;
    }

    static Object sub(Object a, Object b) {
        Object x = Values.toNumber(a);
        Object y = Values.toNumber(b);
        if (x instanceof Long l && y instanceof Long m) {
            long r = l - m;
            if (((l ^ m) & (l ^ r)) < 0) {
                return (double) l - (double) m;
            }
            return r;
        }
        return Values.toDouble(x) - Values.toDouble(y);
    }

    static Object mul(Object a, Object b) {
        Object x = Values.toNumber(a);
        Object y = Values.toNumber(b);
        if (x instanceof Long l && y instanceof Long m) {
            long hi = Math.multiplyHigh(l, m);
            long lo = l * m;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return (double) l * (double) m;
        }
        return Values.toDouble(x) * Values.toDouble(y);
    }

    /** Division by zero gives null (not the left operand, as the engine wrongly does). */
    static Object div(Frame f, Object a, Object b, int line) {
        double y = Values.toDouble(b);
        if (y == 0) {
            f.in.error(line, "Division by zero");
            return null;
        }
        return Values.tryInteger(Values.toDouble(a) / y);
    }

    static Object mod(Frame f, Object a, Object b, int line) {
        long x = Values.toLong(a);
        long y = Values.toLong(b);
        if (y == 0) {
            f.in.error(line, "Division by zero " + x + "%0");
            return 0L;
        }
        return y == -1 ? 0L : x % y;
    }

    static Object negate(Object v) {
        Object n = Values.toNumber(v);
        if (n instanceof Long l) {
            return l == Long.MIN_VALUE ? -(double) l : (Object) (-l);
        }
        return -(Double) n;
    }

    /** ++ and --: null counts as 0, as in Jx9. */
    static Object step(Object v, boolean up) {
        return up ? add(v == null ? 0L : v, 1L) : sub(v == null ? 0L : v, 1L);
    }
}
