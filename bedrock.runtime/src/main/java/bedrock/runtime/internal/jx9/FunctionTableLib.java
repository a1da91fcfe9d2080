package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * function_exists() and get_defined_functions() over the one table calls use: every built-in this
 * interpreter provides and the script's own functions (names are case-sensitive, as in the engine).
 * Built-ins left out of the sandbox (files, processes, the environment) are unknown to both.
 */
final class FunctionTableLib {
    private FunctionTableLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("function_exists", (f, a, l) -> a.length > 0 && exists(f, Values.toStr(a[0])));
        t.put("get_defined_functions", (f, a, l) -> defined(f));
    }

    static boolean exists(Frame f, String name) {
        return f.in.functions.containsKey(name) || Builtins.get(name) != null;
    }

    /** As the engine: one flat list of names, the built-ins first, then the script's functions. */
    private static Jx9Array defined(Frame f) {
        List<String> names = new ArrayList<>(Builtins.names());
        names.sort(null);
        List<Jx9Function> own = new ArrayList<>(f.in.functions.values());
        own.sort((x, y) -> Integer.compare(x.line, y.line));
        Jx9Array r = new Jx9Array(names.size() + own.size());
        names.forEach(r::append);
        own.forEach(fn -> r.append(fn.name()));
        return r;
    }
}
