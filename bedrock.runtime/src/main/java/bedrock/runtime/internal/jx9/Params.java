package bedrock.runtime.internal.jx9;

import java.util.Arrays;

/**
 * Binds call arguments to a user function's parameters as the engine's call instruction does: an
 * explicit null takes the default value, a typed parameter casts what it gets (its default too),
 * a missing parameter without default stays null and is left out of func_get_args(), and extra
 * arguments are kept for func_get_args().
 */
final class Params {
    private Params() {
    }

    static void bind(Jx9Function fn, Frame nf, Object[] args) {
        int[] slots = fn.paramSlots;
        int[] bound = new int[slots.length];
        int k = 0;
        for (int i = 0; i < slots.length; i++) {
            Expr d = fn.defaults[i];
            Object v;
            if (i < args.length) {
                v = args[i] == null && d != null ? d.eval(nf) : args[i];
            } else if (d != null) {
                v = d.eval(nf);
            } else {
                nf.vars[slots[i]] = null;
                continue;
            }
            nf.vars[slots[i]] = cast(fn.paramTypes[i], v);
            bound[k++] = slots[i];
        }
        nf.argSlots = k == bound.length ? bound : Arrays.copyOf(bound, k);
        if (args.length > slots.length) {
            nf.extraArgs = Arrays.copyOfRange(args, slots.length, args.length);
        }
    }

    /** The engine's automatic cast for a typed parameter; a value of the right type is kept. */
    static Object cast(char type, Object v) {
        return switch (type) {
            case 'i' -> v instanceof Long ? v : (Object) Values.toLong(v);
            case 'f' -> v instanceof Double ? v : (Object) Values.toDouble(v);
            case 's' -> v instanceof String ? v : Values.toStr(v);
            case 'b' -> v instanceof Boolean ? v : (Object) Values.truthy(v);
            default -> v;
        };
    }

    /** The parameter type named by a type keyword (they are case-sensitive), or 0. */
    static char typeOf(String keyword) {
        return switch (keyword) {
            case "int", "integer" -> 'i';
            case "float" -> 'f';
            case "string" -> 's';
            case "bool", "boolean" -> 'b';
            default -> 0;
        };
    }
}
