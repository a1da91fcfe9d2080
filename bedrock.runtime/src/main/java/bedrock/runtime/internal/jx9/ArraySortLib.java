package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.array;

import java.util.Comparator;
import java.util.Map;

/**
 * Sorting built-ins; they sort in place. A plain merge sort is used because Jx9's loose comparison
 * is not transitive across types, which the JDK's sort may reject with an exception.
 */
final class ArraySortLib {
    private ArraySortLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("sort", (f, a, l) -> sort(f, a, byValue(false, arg(a, 1)), true));
        t.put("rsort", (f, a, l) -> sort(f, a, byValue(true, arg(a, 1)), true));
        t.put("asort", (f, a, l) -> sort(f, a, byValue(false), false));
        t.put("arsort", (f, a, l) -> sort(f, a, byValue(true), false));
        t.put("ksort", (f, a, l) -> sort(f, a, byKey(false), false));
        t.put("krsort", (f, a, l) -> sort(f, a, byKey(true), false));
        t.put("usort", (f, a, l) -> sort(f, a, TypeEngineLib.callable(f, arg(a, 1))
                ? user(f, arg(a, 1), l, false) : byValue(false), true));
        t.put("uasort", (f, a, l) -> sort(f, a, user(f, arg(a, 1), l, false), false));
        t.put("uksort", (f, a, l) -> sort(f, a, user(f, arg(a, 1), l, true), false));
    }

    private static Comparator<Object[]> byValue(boolean reverse) {
        Comparator<Object[]> c = (x, y) -> Values.compare(x[1], y[1]);
        return reverse ? c.reversed() : c;
    }

    /**
     * The engine's sort flags: none, 0 or SORT_REGULAR (3) compare normally, SORT_STRING (5) as
     * strings, any other value (SORT_NUMERIC is 4) as numbers.
     */
    private static Comparator<Object[]> byValue(boolean reverse, Object flags) {
        long fl = flags == null ? 0 : Values.toLong(flags);
        if (fl == 0 || fl == 3) {
            return byValue(reverse);
        }
        Comparator<Object[]> c = fl == 5
                ? (x, y) -> Values.compare(Values.toStr(x[1]), Values.toStr(y[1]))
                : (x, y) -> Values.compare(Values.toNumber(x[1]), Values.toNumber(y[1]));
        return reverse ? c.reversed() : c;
    }

    private static Comparator<Object[]> byKey(boolean reverse) {
        Comparator<Object[]> c = (x, y) -> Values.compare(x[0], y[0]);
        return reverse ? c.reversed() : c;
    }

    private static Comparator<Object[]> user(Frame f, Object cb, int line, boolean keys) {
        int i = keys ? 0 : 1;
        return (x, y) -> Long.signum(Values.toLong(f.in.callback(cb, line, x[i], y[i])));
    }

    private static Object sort(Frame f, Object[] a, Comparator<Object[]> cmp, boolean renumber) {
        Jx9Array arr = array(a, 0);
        if (arr == null) {
            return false;
        }
        int n = arr.size();
        Object[][] entries = new Object[n][];
        for (int i = 0; i < n; i++) {
            entries[i] = new Object[] {arr.keyAt(i), arr.valueAt(i)};
        }
        f.in.charge((long) n * (32 - Integer.numberOfLeadingZeros(Math.max(1, n))));
        mergeSort(entries, new Object[n][], 0, n, cmp);
        arr.clear();
        for (Object[] e : entries) {
            if (renumber) {
                arr.append(e[1]);
            } else {
                arr.put(e[0], e[1]);
            }
        }
        return true;
    }

    private static void mergeSort(Object[][] a, Object[][] tmp, int lo, int hi, Comparator<Object[]> cmp) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, cmp);
        mergeSort(a, tmp, mid, hi, cmp);
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
