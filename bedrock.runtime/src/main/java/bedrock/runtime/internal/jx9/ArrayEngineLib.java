package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.array;

import java.util.Map;

/**
 * The array built-ins whose answers for odd input follow the engine's hashmap library closely:
 * sums and products, value search, diff and intersect, and the engine-only {@code array_same},
 * {@code array_erase} and {@code array_walk}.
 */
final class ArrayEngineLib {
    private ArrayEngineLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("array_sum", (f, a, l) -> fold(f, array(a, 0), true));
        t.put("array_product", (f, a, l) -> fold(f, array(a, 0), false));
        t.put("in_array", ArrayEngineLib::inArray);
        t.put("array_diff", (f, a, l) -> diff(f, a, false));
        t.put("array_intersect", (f, a, l) -> diff(f, a, true));
        t.put("array_same", (f, a, l) -> array(a, 0) != null && array(a, 0) == array(a, 1));
        t.put("array_erase", (f, a, l) -> {
            if (array(a, 0) != null) {
                array(a, 0).clear();
            }
            return a.length == 0 ? Boolean.FALSE : null;
        });
        t.put("array_walk", ArrayEngineLib::walk);
        t.put("array_copy", (f, a, l) -> copy(a));
    }

    /**
     * Given no array or an empty one the engine answers 0 (also for the product). The first entry
     * decides: a real makes the whole fold real, else it is integer (reals truncated). Strings are
     * read as leading decimal numbers; null and arrays are skipped.
     */
    private static Object fold(Frame f, Jx9Array arr, boolean add) {
        if (arr == null || arr.size() == 0) {
            return 0L;
        }
        f.in.charge(arr.size());
        boolean real = arr.valueAt(0) instanceof Double;
        double d = add ? 0 : 1;
        long n = add ? 0 : 1;
        for (int i = 0; i < arr.size(); i++) {
            Object v = arr.valueAt(i);
            if (v == null || v instanceof Jx9Array || v instanceof String s && s.isEmpty()) {
                continue;
            }
            if (real) {
                double x = v instanceof String s ? leadingReal(s) : Values.toDouble(v);
                d = add ? d + x : d * x;
            } else {
                long x = v instanceof String s ? leadingInt(s) : Values.toLong(v);
                n = add ? n + x : n * x;
            }
        }
        return real ? (Object) d : (Object) n;
    }

    /** The engine's in_array: a non-array haystack is compared with the needle itself. */
    private static Object inArray(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return false;
        }
        boolean strict = Values.truthy(arg(a, 2));
        if (!(a[1] instanceof Jx9Array arr)) {
            return strict ? Values.strictEquals(a[0], a[1]) : Values.looseEquals(a[0], a[1]);
        }
        return contains(f, arr, a[0], strict);
    }

    /** Value search as the engine does it: null only ever matches null. */
    static boolean contains(Frame f, Jx9Array arr, Object needle, boolean strict) {
        f.in.charge(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            Object v = arr.valueAt(i);
            if (v == null || needle == null) {
                if (v == needle) {
                    return true;
                }
            } else if (strict ? Values.strictEquals(needle, v) : Values.looseEquals(needle, v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Values of the first array found (strictly) in none / all of the other arrays, keys kept;
     * arguments that are not arrays are ignored, and a single array is returned as is.
     */
    private static Object diff(Frame f, Object[] a, boolean intersect) {
        Jx9Array first = array(a, 0);
        if (first == null) {
            return null;
        }
        if (a.length == 1) {
            return first;
        }
        Jx9Array r = new Jx9Array();
        for (int i = 0; i < first.size(); i++) {
            boolean keep = true;
            for (int j = 1; j < a.length && keep; j++) {
                if (a[j] instanceof Jx9Array other) {
                    keep = contains(f, other, first.valueAt(i), true) == intersect;
                }
            }
            if (keep) {
                r.put(first.keyAt(i), first.valueAt(i));
            }
        }
        return r;
    }

    /**
     * Calls {@code callback(value, key[, extra])} for each entry; false without an array or with a
     * callback that is no function name.
     */
    private static Object walk(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null || a.length < 2) {
            return false;
        }
        if (arr.size() > 0 && !(a[1] instanceof String || a[1] instanceof Jx9Function)) {
            return false;       // the engine only calls names (an unknown one warns and goes on)
        }
        Object[] extra = a.length > 2 ? new Object[] {a[2]} : new Object[0];
        for (int i = 0; i < arr.size(); i++) {
            f.in.step();
            Object[] args = new Object[2 + extra.length];
            args[0] = arr.valueAt(i);
            args[1] = arr.keyAt(i);
            System.arraycopy(extra, 0, args, 2, extra.length);
            f.in.callback(a[1], line, args);
        }
        return true;
    }

    /** A copy of an array; any other value comes back as a one-entry list holding it. */
    private static Object copy(Object[] a) {
        if (a.length == 0) {
            return null;
        }
        if (a[0] instanceof Jx9Array x) {
            return x.deepCopy(0);
        }
        Jx9Array r = new Jx9Array(1);
        r.append(a[0]);
        return r;
    }

    /** The engine's string-to-integer reading: blanks, a sign, then decimal digits only. */
    static long leadingInt(String s) {
        int i = skipBlanks(s, 0);
        boolean neg = i < s.length() && s.charAt(i) == '-';
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        long v = 0;
        for (int k = 0; i < s.length() && k < 19 && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128; i++, k++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return neg ? -v : v;
    }

    /** The engine's string-to-real reading: the longest leading decimal real, else 0. */
    static double leadingReal(String s) {
        int start = skipBlanks(s, 0);
        int i = start;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        i = digits(s, i);
        if (i < s.length() && s.charAt(i) == '.') {
            i = digits(s, i + 1);
        }
        int mantissaEnd = i;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                j++;
            }
            int k = digits(s, j);
            i = k > j ? k : mantissaEnd;
        }
        try {
            return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
