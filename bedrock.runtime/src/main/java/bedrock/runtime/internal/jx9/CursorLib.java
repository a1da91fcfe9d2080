package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.array;

import java.util.Map;

/**
 * The array cursor built-ins: {@code current pos key next prev reset end each}. As in Jx9, an array's
 * cursor starts on its first entry, {@code foreach} moves it, and once it has run past either end only
 * {@code reset()} or {@code end()} bring it back. Given no array, they answer false ({@code key()}: null).
 */
final class CursorLib {
    private CursorLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("current", (f, a, l) -> move(array(a, 0), 0));
        t.put("pos", t.get("current"));
        t.put("next", (f, a, l) -> move(array(a, 0), 1));
        t.put("prev", (f, a, l) -> move(array(a, 0), -1));
        t.put("reset", (f, a, l) -> jump(array(a, 0), 0));
        t.put("end", (f, a, l) -> jump(array(a, 0), Integer.MAX_VALUE));
        t.put("key", (f, a, l) -> {
            Jx9Array arr = array(a, 0);
            return arr == null || arr.cursor() < 0 ? null : arr.keyAt(arr.cursor());
        });
        t.put("each", (f, a, l) -> each(array(a, 0)));
    }

    /** Moves the cursor by {@code step} (if it points somewhere) and returns the value it lands on. */
    private static Object move(Jx9Array arr, int step) {
        if (arr == null || arr.cursor() < 0) {
            return false;
        }
        arr.setCursor(arr.cursor() + step);
        return arr.cursor() < 0 ? Boolean.FALSE : arr.valueAt(arr.cursor());
    }

    private static Object jump(Jx9Array arr, int to) {
        if (arr == null) {
            return false;
        }
        arr.setCursor(Math.min(to, arr.size() - 1));
        return move(arr, 0);
    }

    /**
     * The entry as the object {@code {"1": value, "value": value, "2": key, "key": key}}, then the
     * cursor advances. The key lands on 2, not 0: the engine appends it after the string key "1".
     */
    private static Object each(Jx9Array arr) {
        if (arr == null || arr.cursor() < 0) {
            return false;
        }
        int i = arr.cursor();
        Jx9Array pair = Jx9Array.object();
        pair.put(1L, arr.valueAt(i));
        pair.put("value", arr.valueAt(i));
        pair.append(arr.keyAt(i));
        pair.put("key", arr.keyAt(i));
        arr.setCursor(i + 1);
        return pair;
    }
}
