package bedrock.runtime.internal.jx9;

import java.util.Map;

/** Type built-ins the engine has beyond the common ones, and its notion of emptiness. */
final class TypeEngineLib {
    private TypeEngineLib() {
    }

    static void register(Map<String, Builtin> t) {
        // "douleval" is the engine's own (misspelt) alias of floatval.
        t.put("douleval", (f, a, l) -> Values.toDouble(Builtins.arg(a, 0)));
        t.put("is_resource", (f, a, l) -> false);
    }

    /**
     * empty(): null, 0, 0.0, false, an empty array, and a string made only of '0' characters
     * (so {@code "00"} is empty but {@code "false"} is not); no argument counts as empty.
     */
    static boolean empty(Object[] a) {
        if (a.length == 0 || a[0] == null) {
            return true;
        }
        if (a[0] instanceof String s) {
            return s.chars().allMatch(c -> c == '0');
        }
        return !Values.truthy(a[0]);
    }

    /** A user function, an anonymous function or the name of either or of a built-in. */
    static boolean callable(Frame f, Object v) {
        if (v instanceof Jx9Function) {
            return true;
        }
        return v instanceof String s && (f.in.functions.containsKey(s) || Builtins.get(s) != null);
    }
}
