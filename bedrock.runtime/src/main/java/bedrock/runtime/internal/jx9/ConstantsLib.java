package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * defined() and get_defined_constants() over the engine's table and the script's {@code const}s.
 * The engine has no constant() or define().
 */
final class ConstantsLib {
    private ConstantsLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("defined", (f, a, l) -> {
            if (a.length == 0) {
                f.in.warn(l, "defined(): Missing constant name");
                return Boolean.FALSE;
            }
            String name = Values.toStr(a[0]);
            return EngineConstants.isBuiltin(name) || f.in.constants.contains(name);
        });
        t.put("get_defined_constants", (f, a, l) -> definedNames(f.in));
    }

    /**
     * Every name in the engine's hash order: the newest entry first. The script's constants enter
     * the table at compile time, before the built-ins (a built-in then overwrites a script
     * constant of its name but keeps its place).
     */
    private static Jx9Array definedNames(Interp in) {
        List<String> order = new ArrayList<>(in.constants);
        for (String name : EngineConstants.names()) {
            if (!in.constants.contains(name)) {
                order.add(name);
            }
        }
        in.charge(order.size());
        Jx9Array names = new Jx9Array(order.size());
        for (int i = order.size() - 1; i >= 0; i--) {
            names.append(order.get(i));
        }
        return names;
    }
}
