package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.array;

import java.util.Map;

/** Array built-ins. Arrays are changed in place where Jx9 does so (push, pop, shift...). */
final class ArrayLib {
    private ArrayLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("count", ArrayLib::count);
        t.put("sizeof", ArrayLib::count);
        t.put("array_push", ArrayLib::push);
        t.put("array_pop", ArrayLib::pop);
        t.put("array_shift", ArrayLib::shift);
        t.put("array_unshift", ArrayLib::unshift);
        t.put("array_key_exists", (f, a, l) -> array(a, 1) != null
                && array(a, 1).containsKey(Jx9Array.normKey(arg(a, 0))));
        t.put("key_exists", t.get("array_key_exists"));
        t.put("array_search", (f, a, l) -> {
            Object k = search(f, a);
            return k == null ? Boolean.FALSE : k;
        });
        t.put("array_values", (f, a, l) -> array(a, 0) == null ? null : list(values(array(a, 0))));
        t.put("array_keys", ArrayLib::keys);
        t.put("array_merge", ArrayLib::merge);
        t.put("array_slice", ArrayLib::slice);
        t.put("array_reverse", ArrayLib::reverse);
        t.put("array_unique", ArrayLib::unique);
        t.put("array_filter", ArrayLib::filter);
        t.put("array_map", ArrayLib::map);
        t.put("array_flip", ArrayLib::flip);
        t.put("array_fill", ArrayLib::fill);
        t.put("array_combine", ArrayLib::combine);
        t.put("array_key_first", (f, a, l) -> array(a, 0) == null || array(a, 0).size() == 0 ? null
                : array(a, 0).keyAt(0));
        t.put("array_key_last", (f, a, l) -> array(a, 0) == null || array(a, 0).size() == 0 ? null
                : array(a, 0).keyAt(array(a, 0).size() - 1));
        t.put("range", RangeLib::range);
    }

    static Object[] values(Jx9Array a) {
        Object[] v = new Object[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.valueAt(i);
        }
        return v;
    }

    static Jx9Array list(Object[] items) {
        Jx9Array r = new Jx9Array(items.length);
        for (Object o : items) {
            r.append(o);
        }
        return r;
    }

    private static Object count(Frame f, Object[] a, int line) {
        Object v = arg(a, 0);
        if (v == null) {
            return 0L;
        }
        if (!(v instanceof Jx9Array arr)) {
            return 1L;
        }
        return Builtins.lng(a, 1, 0) == 1 ? deepCount(f, arr, 0) : (long) arr.size();
    }

    private static long deepCount(Frame f, Jx9Array a, int depth) {
        long n = a.size();
        f.in.charge(n);
        for (int i = 0; i < a.size() && depth < Values.MAX_NESTING; i++) {
            if (a.valueAt(i) instanceof Jx9Array x) {
                n += deepCount(f, x, depth + 1);
            }
        }
        return n;
    }

    /** The engine answers 0 when given no array. */
    private static Object push(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return 0L;
        }
        f.in.charge(a.length);
        for (int i = 1; i < a.length; i++) {
            arr.append(a[i]);
        }
        return (long) arr.size();
    }

    /** As in the engine, popping puts the cursor back on the first entry. */
    private static Object pop(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null || arr.size() == 0) {
            return null;
        }
        Object v = arr.remove(arr.keyAt(arr.size() - 1));
        arr.setCursor(0);
        return v;
    }

    private static Object shift(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null || arr.size() == 0) {
            return null;
        }
        f.in.charge(arr.size());
        Object v = arr.remove(arr.keyAt(0));
        arr.renumber();
        return v;
    }

    private static Object unshift(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        f.in.charge(arr.size() + a.length);
        Jx9Array old = arr.shallowCopy();
        arr.clear();
        for (int i = 1; i < a.length; i++) {
            arr.append(a[i]);
        }
        for (int i = 0; i < old.size(); i++) {
            if (old.keyAt(i) instanceof Long) {
                arr.append(old.valueAt(i));
            } else {
                arr.put(old.keyAt(i), old.valueAt(i));
            }
        }
        return (long) arr.size();
    }

    /** The key of the first matching value, or null. */
    private static Object search(Frame f, Object[] a) {
        Jx9Array arr = array(a, 1);
        if (arr == null) {
            return null;
        }
        Object needle = arg(a, 0);
        boolean strict = Values.truthy(arg(a, 2));
        f.in.charge(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            Object v = arr.valueAt(i);
            if (strict ? Values.strictEquals(v, needle) : Values.looseEquals(v, needle)) {
                return arr.keyAt(i);
            }
        }
        return null;
    }

    private static Object keys(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        f.in.charge(arr.size());
        Jx9Array r = new Jx9Array(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            if (a.length < 2 || Values.looseEquals(arr.valueAt(i), a[1])) {
                r.append(arr.keyAt(i));
            }
        }
        return r;
    }

    /**
     * Integer keys are renumbered, string keys of later arrays overwrite earlier ones; any other
     * argument (null too) is appended as a value, and no argument at all gives null, as in the engine.
     */
    private static Object merge(Frame f, Object[] a, int line) {
        if (a.length == 0) {
            return null;
        }
        Jx9Array r = new Jx9Array();
        for (Object o : a) {
            if (o instanceof Jx9Array x) {
                f.in.charge(x.size());
                r.objectLiteral |= x.objectLiteral && r.size() == 0;
                for (int i = 0; i < x.size(); i++) {
                    if (x.keyAt(i) instanceof Long) {
                        r.append(x.valueAt(i));
                    } else {
                        r.put(x.keyAt(i), x.valueAt(i));
                    }
                }
            } else {
                r.append(o);
            }
        }
        return r;
    }

    private static Object slice(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        int n = arr.size();
        long off = Builtins.lng(a, 1, 0);
        long start = off < 0 ? Math.max(0, n + off) : Math.min(n, off);
        long len = Builtins.lng(a, 2, n);
        long end = len < 0 ? n + len : Math.min(n, start + len);
        boolean keep = Values.truthy(arg(a, 3));
        Jx9Array r = new Jx9Array();
        r.objectLiteral = arr.objectLiteral;
        for (long i = start; i < end; i++) {
            copyEntry(arr, (int) i, r, keep);
        }
        f.in.charge(r.size());
        return r;
    }

    static void copyEntry(Jx9Array from, int i, Jx9Array to, boolean keepIntKeys) {
        Object k = from.keyAt(i);
        if (k instanceof Long && !keepIntKeys) {
            to.append(from.valueAt(i));
        } else {
            to.put(k, from.valueAt(i));
        }
    }

    private static Object reverse(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        f.in.charge(arr.size());
        Jx9Array r = new Jx9Array(arr.size());
        r.objectLiteral = arr.objectLiteral;
        boolean keep = Values.truthy(arg(a, 1));
        for (int i = arr.size() - 1; i >= 0; i--) {
            copyEntry(arr, i, r, keep);
        }
        return r;
    }

    private static Object unique(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        Jx9Array r = new Jx9Array();
        r.objectLiteral = arr.objectLiteral;
        for (int i = 0; i < arr.size(); i++) {
            f.in.charge(r.size() + 1);
            if (search(f, new Object[] {arr.valueAt(i), r}) == null) {
                r.put(arr.keyAt(i), arr.valueAt(i));
            }
        }
        return r;
    }

    /** Keeps the entries (with their keys) whose value, or callback result, is truthy. */
    private static Object filter(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        Object cb = arg(a, 1);
        Jx9Array r = new Jx9Array();
        r.objectLiteral = arr.objectLiteral;
        for (int i = 0; i < arr.size(); i++) {
            f.in.step();
            Object v = arr.valueAt(i);
            if (Values.truthy(cb == null ? v : f.in.callback(cb, line, v))) {
                r.put(arr.keyAt(i), v);
            }
        }
        return r;
    }

    private static Object map(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 1);
        if (arr == null) {
            return null;
        }
        Jx9Array r = new Jx9Array(arr.size());
        r.objectLiteral = arr.objectLiteral;
        for (int i = 0; i < arr.size(); i++) {
            f.in.step();
            // As in the engine, a callback that is not even a name leaves the values as they are.
            Object cb = arg(a, 0);
            boolean call = cb instanceof String || cb instanceof Jx9Function;
            r.put(arr.keyAt(i), call ? f.in.callback(cb, line, arr.valueAt(i)) : arr.valueAt(i));
        }
        return r;
    }

    private static Object flip(Frame f, Object[] a, int line) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return null;
        }
        f.in.charge(arr.size());
        Jx9Array r = new Jx9Array(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            r.put(Jx9Array.normKey(arr.valueAt(i)), arr.keyAt(i));
        }
        return r;
    }

    private static Object fill(Frame f, Object[] a, int line) {
        long start = Builtins.lng(a, 0, 0);
        long n = Builtins.lng(a, 1, 0);
        f.in.charge(Math.max(0, n));
        Jx9Array r = new Jx9Array();
        for (long i = 0; i < n; i++) {
            r.put(start + i, arg(a, 2));
        }
        return r;
    }

    private static Object combine(Frame f, Object[] a, int line) {
        Jx9Array k = array(a, 0);
        Jx9Array v = array(a, 1);
        if (k == null || v == null || k.size() != v.size()) {
            f.in.warn(line, "array_combine: both arrays must have the same number of elements");
            return false;
        }
        f.in.charge(k.size());
        Jx9Array r = new Jx9Array(k.size());
        for (int i = 0; i < k.size(); i++) {
            r.put(Jx9Array.normKey(k.valueAt(i)), v.valueAt(i));
        }
        return r;
    }
}
