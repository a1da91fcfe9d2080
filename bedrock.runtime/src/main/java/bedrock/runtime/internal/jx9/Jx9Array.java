package bedrock.runtime.internal.jx9;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Jx9's ordered hash map, used for both JSON arrays and JSON objects. Keys are {@link Long} or
 * {@link String}, normalised with {@link #normKey}. Instances are shared by reference, as in Jx9.
 * While the keys are exactly 0..size-1 in order, no keys are stored, so lists stay cheap; small
 * maps (the typical config object) are searched linearly and only larger ones get a hash index.
 */
final class Jx9Array {
    private static final int LINEAR_MAX = 8;
    private Object[] keys;          // null while the array is a pure list
    private Object[] vals;
    private int size;
    private HashMap<Object, Integer> index;     // null while keys are searched linearly
    private long nextIndex;
    /** The internal cursor of current()/next()/each() and foreach; -1 when it points nowhere. */
    private int cursor = -1;
    /** Set for object literals, injected maps and decoded JSON objects: renders as an object. */
    boolean objectLiteral;

    Jx9Array() {
        this(4);
    }

    Jx9Array(int capacity) {
        vals = new Object[Math.max(capacity, 2)];
    }

    static Jx9Array object() {
        Jx9Array a = new Jx9Array();
        a.objectLiteral = true;
        return a;
    }

    int size() {
        return size;
    }

    Object keyAt(int i) {
        return keys == null ? Long.valueOf(i) : keys[i];
    }

    Object valueAt(int i) {
        return vals[i];
    }

    void setValueAt(int i, Object v) {
        vals[i] = v;
    }

    /** True when the array renders as a JSON object rather than a list. */
    boolean isObject() {
        return objectLiteral || (size > 0 && keyAt(0) instanceof String);
    }

    /** Normalises a Jx9 value to a key: integral strings become integers, as in Jx9. */
    static Object normKey(Object k) {
        if (k instanceof Long) {
            return k;
        }
        if (k instanceof String s) {
            return stringKey(s);
        }
        if (k == null) {
            return "";
        }
        if (k instanceof Double d) {
            return (long) d.doubleValue();
        }
        if (k instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return Values.toStr(k);
    }

    private static Object stringKey(String s) {
        int n = s.length();
        if (n == 0 || n > 19) {
            return s;
        }
        int i = s.charAt(0) == '-' ? 1 : 0;
        if (i == n || (s.charAt(i) == '0' && n > i + 1) || (i == 1 && s.charAt(1) == '0')) {
            return s;
        }
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return s;
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return s;
        }
    }

    int find(Object key) {
        if (keys == null) {
            if (key instanceof Long l && l >= 0 && l < size) {
                return (int) (long) l;
            }
            return -1;
        }
        if (index == null) {
            for (int i = 0; i < size; i++) {
                if (key.equals(keys[i])) {
                    return i;
                }
            }
            return -1;
        }
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    Object get(Object key) {
        int i = find(key);
        return i < 0 ? null : vals[i];
    }

    boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    void put(Object key, Object value) {
        int i = find(key);
        if (i >= 0) {
            vals[i] = value;
            return;
        }
        if (size == 0) {
            cursor = 0;     // the first entry of an empty array becomes current, as in Jx9
        }
        if (keys == null && key instanceof Long l && l == size) {
            grow();
            vals[size++] = value;
            nextIndex = size;
            return;
        }
        ensureKeys();
        grow();
        keys[size] = key;
        vals[size] = value;
        if (index != null) {
            index.put(key, size);
        } else if (size >= LINEAR_MAX) {
            buildIndex(size + 1);
        }
        size++;
        if (key instanceof Long l && l >= nextIndex) {
            nextIndex = l + 1;
        }
    }

    void append(Object value) {
        put(nextIndex, value);
    }

    private void grow() {
        if (size == vals.length) {
            int cap = vals.length * 2;
            vals = Arrays.copyOf(vals, cap);
            if (keys != null) {
                keys = Arrays.copyOf(keys, cap);
            }
        }
    }

    private void ensureKeys() {
        if (keys != null) {
            return;
        }
        keys = new Object[vals.length];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) i;
        }
        if (size > LINEAR_MAX) {
            buildIndex(size);
        }
    }

    private void buildIndex(int n) {
        index = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            index.put(keys[i], i);
        }
    }

    /** Removes a key, keeping the order of the others; returns the removed value. */
    Object remove(Object key) {
        int i = find(key);
        if (i < 0) {
            return null;
        }
        Object old = vals[i];
        if (cursor == i) {
            cursor = i == size - 1 ? -1 : i;    // the next entry becomes current, as in Jx9
        } else if (cursor > i) {
            cursor--;
        }
        if (keys == null && i == size - 1) {
            vals[--size] = null;
            nextIndex = size;
            return old;
        }
        ensureKeys();
        System.arraycopy(vals, i + 1, vals, i, size - i - 1);
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        size--;
        vals[size] = null;
        keys[size] = null;
        rebuildIndex();
        return old;
    }

    private void rebuildIndex() {
        if (index == null) {
            return;
        }
        index.clear();
        for (int i = 0; i < size; i++) {
            index.put(keys[i], i);
        }
    }

    /** Renumbers integer keys from zero, keeping string keys (array_shift, sort and friends). */
    void renumber() {
        cursor = size > 0 ? 0 : -1;     // array_shift puts the cursor back on the first entry
        if (keys == null) {
            return;
        }
        Object[] oldKeys = keys;
        Object[] oldVals = vals;
        int n = size;
        clear();
        for (int i = 0; i < n; i++) {
            if (oldKeys[i] instanceof Long) {
                append(oldVals[i]);
            } else {
                put(oldKeys[i], oldVals[i]);
            }
        }
    }

    /** The cursor position (an entry index), or -1 when it points past either end. */
    int cursor() {
        return cursor;
    }

    /** Moves the cursor; a position outside the entries makes it point nowhere. */
    void setCursor(int i) {
        cursor = i >= 0 && i < size ? i : -1;
    }

    void clear() {
        cursor = -1;
        keys = null;
        index = null;
        vals = new Object[4];
        size = 0;
        nextIndex = 0;
    }

    /** A shallow copy: nested arrays stay shared. */
    Jx9Array shallowCopy() {
        Jx9Array c = new Jx9Array(size);
        c.objectLiteral = objectLiteral;
        for (int i = 0; i < size; i++) {
            c.put(keyAt(i), vals[i]);
        }
        c.nextIndex = nextIndex;
        return c;
    }

    /** A deep copy, as array_copy() makes. Depth-bounded so a cyclic array cannot hang. */
    Jx9Array deepCopy(int depth) {
        Jx9Array c = new Jx9Array(size);
        c.objectLiteral = objectLiteral;
        for (int i = 0; i < size; i++) {
            Object v = vals[i];
            if (v instanceof Jx9Array a) {
                v = depth > Values.MAX_NESTING ? null : a.deepCopy(depth + 1);
            }
            c.put(keyAt(i), v);
        }
        return c;
    }
}
