package bedrock.runtime.internal.jx9;

import java.util.HashMap;
import java.util.Map;

/**
 * extract($array[, $flags[, $prefix]]) as the engine does it: each entry becomes a variable of the
 * calling scope, named by its key (any non-empty key: the engine checks no variable syntax). Flags
 * (the EXTR_* values): SKIP 2 keeps an existing variable, PREFIX_SAME 4 writes {@code prefix_key}
 * instead, PREFIX_ALL 8 prefixes every name, PREFIX_INVALID 16 prefixes integer keys; the engine
 * ignores IF_EXISTS 32 and PREFIX_IF_EXISTS 64 (they overwrite). Answers the count of variables set.
 */
final class ExtractLib {
    private static final int SKIP = 2;
    private static final int PREFIX_SAME = 4;
    private static final int PREFIX_ALL = 8;
    private static final int PREFIX_INVALID = 16;

    private ExtractLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("extract", ExtractLib::extract);
    }

    private static Object extract(Frame f, Object[] a, int line) {
        Jx9Array src = Builtins.array(a, 0);
        if (src == null || src.size() == 0) {
            return 0L;
        }
        int flags = a.length > 1 ? (int) Values.toLong(a[1]) : 0;
        String prefix = a.length > 2 ? Values.toStr(a[2]) : "";
        f.in.charge(src.size());
        long count = 0;
        for (int i = 0; i < src.size(); i++) {
            if (extractOne(f, src.keyAt(i), src.valueAt(i), flags, prefix)) {
                count++;
            }
        }
        return count;
    }

    private static boolean extractOne(Frame f, Object key, Object value, int flags, String prefix) {
        if ((flags & PREFIX_INVALID) != 0 && key instanceof Long) {
            flags |= PREFIX_ALL;
        }
        String k = Values.toStr(key);
        if (k.isEmpty()) {
            return false;
        }
        boolean prefixed = (flags & PREFIX_ALL) != 0 && !prefix.isEmpty();
        String name = prefixed ? prefix + "_" + k : k;
        if (exists(f, name)) {
            if ((flags & SKIP) != 0) {
                return false;
            }
            if ((flags & PREFIX_SAME) != 0) {
                if ((flags & PREFIX_ALL) != 0 || prefix.isEmpty()) {
                    return false;
                }
                name = prefix + "_" + k;
            }
        }
        set(f, name, value);
        return true;
    }

    /**
     * A variable exists when it holds a value (the engine also counts one that was only read or
     * set to null: our frames do not keep that difference).
     */
    private static boolean exists(Frame f, String name) {
        int slot = slot(f, name);
        if (slot >= 0) {
            return f.vars[slot] != null;
        }
        return f.extracted != null && f.extracted.containsKey(name);
    }

    private static void set(Frame f, String name, Object value) {
        int slot = slot(f, name);
        if (slot >= 0) {
            f.vars[slot] = value;
        } else {
            // A name the script never writes as a variable: kept only so a later extract sees it.
            if (f.extracted == null) {
                f.extracted = new HashMap<>();
            }
            f.extracted.put(name, value);
        }
    }

    private static int slot(Frame f, String name) {
        String[] names = f.fn != null ? f.fn.slotNames : f.vars == f.in.globals ? f.in.globalNames : null;
        if (names != null) {
            for (int i = 0; i < names.length && i < f.vars.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
