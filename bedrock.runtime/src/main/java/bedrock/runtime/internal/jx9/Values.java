package bedrock.runtime.internal.jx9;


/**
 * Jx9's value coercions. Run-time values are {@code null}, {@link Boolean}, {@link Long},
 * {@link Double}, {@link String}, {@link Jx9Array} and {@link Jx9Function} (anonymous functions).
 */
final class Values {
    /** Deepest nesting walked when copying, comparing or printing arrays (guards against cycles). */
    static final int MAX_NESTING = 512;

    private Values() {
    }

    static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == null) {
            return false;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return stringTruthy(s);
        }
        if (v instanceof Jx9Array a) {
            return a.size() > 0;
        }
        return true;
    }

    /** "", "0", "00"... and "false" in any case are false; everything else (even "0.0") is true. */
    private static boolean stringTruthy(String s) {
        if (s.isEmpty() || s.equalsIgnoreCase("false")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    static String toStr(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v == null) {
            return "";
        }
        if (v instanceof Long l) {
            return l.toString();
        }
        if (v instanceof Double d) {
            return formatDouble(d);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Jx9Array a) {
            return EngineJson.encode(a);
        }
        return v.toString();
    }

    /**
     * The engine's {@code %.15g}, which Jx9 uses to turn reals into text (its own printf: -0 prints
     * as 0). NaN and infinities keep readable names (the engine's printf garbles them).
     */
    static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Format.general15(d);
    }

    /** Converts to Long or Double following Jx9's rules (strings read in their base). */
    static Object toNumber(Object v) {
        if (v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof String s) {
            return NumberText.parse(s);
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Jx9Array a) {
            return (long) a.size();
        }
        return 0L;
    }

    static long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        Object n = toNumber(v);
        if (n instanceof Double d) {
            return doubleToLong(d);
        }
        return (Long) n;
    }

    static long doubleToLong(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return 0;
        }
        return (long) d;
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        Object n = toNumber(v);
        return n instanceof Long l ? (double) l : (Double) n;
    }

    /** Turns an integral real back into an integer, as Jx9 does after a division. */
    static Object tryInteger(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return (long) d;
        }
        return d;
    }

    static String typeName(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Jx9Array a) {
            return a.isObject() ? "JSON Object" : "JSON Array";
        }
        return "resource";
    }

    /**
     * Jx9's loose comparison: null or bool on either side compares as booleans; then arrays; then, if
     * either side is a string, byte strings; only two numbers compare numerically.
     */
    static int compare(Object a, Object b) {
        return compare(a, b, 0);
    }

    private static int compare(Object a, Object b, int depth) {
        if (a == null || b == null || a instanceof Boolean || b instanceof Boolean
                || emptyVersusNumber(a, b)) {
            return Boolean.compare(truthy(a), truthy(b));
        }
        if (a instanceof Jx9Array x) {
            return b instanceof Jx9Array y ? compareArrays(x, y, depth) : 1;
        }
        if (b instanceof Jx9Array) {
            return -1;
        }
        if (a instanceof String || b instanceof String) {
            return compareBytes(toStr(a), toStr(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Double.compare(toDouble(a), toDouble(b));
    }

    /** The engine treats an empty string against a number like null (observed: 0 == "" is true). */
    private static boolean emptyVersusNumber(Object a, Object b) {
        return ("".equals(a) && (b instanceof Long || b instanceof Double))
                || ("".equals(b) && (a instanceof Long || a instanceof Double));
    }

    private static int compareArrays(Jx9Array x, Jx9Array y, int depth) {
        if (x.size() != y.size()) {
            return x.size() < y.size() ? -1 : 1;
        }
        if (x == y || depth > MAX_NESTING) {
            return 0;
        }
        for (int i = 0; i < x.size(); i++) {
            int j = y.find(x.keyAt(i));
            if (j < 0) {
                return 1;
            }
            int c = compare(x.valueAt(i), y.valueAt(j), depth + 1);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Compares as UTF-8 byte strings (code point order). */
    static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            char d = b.charAt(i);
            if (c != d) {
                boolean cs = Character.isSurrogate(c);
                boolean ds = Character.isSurrogate(d);
                if (cs != ds) {
                    return cs ? 1 : -1;
                }
                return c < d ? -1 : 1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    static boolean looseEquals(Object a, Object b) {
        return compare(a, b) == 0;
    }

    static boolean strictEquals(Object a, Object b) {
        return strictEquals(a, b, 0);
    }

    private static boolean strictEquals(Object a, Object b, int depth) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Jx9Array x) {
            Jx9Array y = (Jx9Array) b;
            if (x.size() != y.size() || depth > MAX_NESTING) {
                return x.size() == y.size();
            }
            for (int i = 0; i < x.size(); i++) {
                if (!x.keyAt(i).equals(y.keyAt(i))
                        || !strictEquals(x.valueAt(i), y.valueAt(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
