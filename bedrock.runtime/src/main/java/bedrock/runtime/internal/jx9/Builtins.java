package bedrock.runtime.internal.jx9;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The library of built-in functions, by exact (case-sensitive) name. */
final class Builtins {
    private static final Map<String, Builtin> TABLE = new HashMap<>();

    static {
        TypeLib.register(TABLE);
        ArrayLib.register(TABLE);
        ArraySortLib.register(TABLE);
        StringLib.register(TABLE);
        MathLib.register(TABLE);
        CursorLib.register(TABLE);
        BaseConvertLib.register(TABLE);
        StringSearchLib.register(TABLE);
        StringEditLib.register(TABLE);
        HashLib.register(TABLE);
        CtypeLib.register(TABLE);
        HtmlLib.register(TABLE);
        TextLib.register(TABLE);
        PathLib.register(TABLE);
        Glob.register(TABLE);
        ArrayEngineLib.register(TABLE);
        TypeEngineLib.register(TABLE);
        TimeLib.register(TABLE);
        FunctionArgsLib.register(TABLE);
        ConstantsLib.register(TABLE);
        FunctionTableLib.register(TABLE);
        EngineInfoLib.register(TABLE);
        UrlLib.register(TABLE);
        ExtractLib.register(TABLE);
    }

    private Builtins() {
    }

    static Builtin get(String name) {
        return TABLE.get(name);
    }

    /** The names of every built-in, for get_defined_functions(). */
    static Set<String> names() {
        return TABLE.keySet();
    }

    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    static String str(Object[] args, int i) {
        return Values.toStr(arg(args, i));
    }

    static long lng(Object[] args, int i, long dflt) {
        return i < args.length && args[i] != null ? Values.toLong(args[i]) : dflt;
    }

    static Jx9Array array(Object[] args, int i) {
        return arg(args, i) instanceof Jx9Array a ? a : null;
    }
}
