package bedrock.runtime.internal.jx9;

import java.util.Map;

/**
 * The engine's view of the running function's arguments: every bound parameter (given or
 * defaulted, with its current value) then the extra arguments. Outside a function the count is
 * -1, and the two getters warn and answer false.
 */
final class FunctionArgsLib {
    private FunctionArgsLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("func_num_args", (f, a, l) -> f.fn == null ? -1L : (long) f.argCount());
        t.put("func_get_args", (f, a, l) -> {
            if (f.fn == null) {
                return global(f, "func_get_args", l);
            }
            Jx9Array args = new Jx9Array(f.argCount());
            for (int i = 0; i < f.argCount(); i++) {
                args.append(f.arg(i));
            }
            return args;
        });
        t.put("func_get_arg", (f, a, l) -> {
            if (f.fn == null) {
                return global(f, "func_get_arg", l);
            }
            long i = Builtins.lng(a, 0, -1);
            return i < 0 || i >= f.argCount() ? Boolean.FALSE : f.arg((int) i);
        });
    }

    private static Object global(Frame f, String name, int line) {
        f.in.warn(line, name + "(): Called in the global scope");
        return Boolean.FALSE;
    }
}
