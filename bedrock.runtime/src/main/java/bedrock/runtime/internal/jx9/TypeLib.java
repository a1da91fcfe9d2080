package bedrock.runtime.internal.jx9;

import java.util.Map;

/** Type tests and conversions, JSON, output and introspection built-ins. */
final class TypeLib {
    private TypeLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("is_array", (f, a, l) -> Builtins.arg(a, 0) instanceof Jx9Array);
        t.put("is_object", (f, a, l) -> Builtins.arg(a, 0) instanceof Jx9Array x && x.isObject());
        t.put("is_string", (f, a, l) -> Builtins.arg(a, 0) instanceof String);
        for (String n : new String[] {"is_int", "is_integer", "is_long"}) {
            t.put(n, (f, a, l) -> Builtins.arg(a, 0) instanceof Long);
        }
        for (String n : new String[] {"is_float", "is_real", "is_double"}) {
            t.put(n, (f, a, l) -> Builtins.arg(a, 0) instanceof Double);
        }
        t.put("is_bool", (f, a, l) -> Builtins.arg(a, 0) instanceof Boolean);
        t.put("is_null", (f, a, l) -> Builtins.arg(a, 0) == null);
        t.put("is_numeric", (f, a, l) -> isNumeric(Builtins.arg(a, 0)));
        t.put("is_scalar", (f, a, l) -> a.length > 0 && isScalar(a[0]));
        t.put("is_callable", (f, a, l) -> Builtins.arg(a, 0) instanceof Jx9Function
                || f.in.functions.containsKey(Builtins.str(a, 0)) || Builtins.get(Builtins.str(a, 0)) != null);
        t.put("isset", TypeLib::isset);
        t.put("empty", (f, a, l) -> TypeEngineLib.empty(a));
        t.put("gettype", (f, a, l) -> Values.typeName(Builtins.arg(a, 0)));
        t.put("intval", (f, a, l) -> Values.toLong(Builtins.arg(a, 0)));
        t.put("floatval", (f, a, l) -> Values.toDouble(Builtins.arg(a, 0)));
        t.put("strval", (f, a, l) -> a.length == 0 ? null : Builtins.str(a, 0));
        t.put("boolval", (f, a, l) -> Values.truthy(Builtins.arg(a, 0)));
        t.put("json_encode", (f, a, l) -> a.length == 0 ? Boolean.FALSE : EngineJson.encode(a[0]));
        t.put("json_decode", (f, a, l) -> EngineJson.decode(Builtins.arg(a, 0)));
        t.put("print", TypeLib::print);
        t.put("printf", (f, a, l) -> {
            String s = Format.sprintf(f, a, l);
            f.in.print(s);
            return (long) s.length();
        });
        t.put("sprintf", (f, a, l) -> Format.sprintf(f, a, l));
        t.put("call_user_func", (f, a, l) -> f.in.callback(Builtins.arg(a, 0), l, rest(a)));
        t.put("call_user_func_array", (f, a, l) -> f.in.callback(Builtins.arg(a, 0), l,
                Builtins.array(a, 1) == null ? new Object[0] : ArrayLib.values(Builtins.array(a, 1))));
    }

    private static Object[] rest(Object[] a) {
        Object[] r = new Object[Math.max(0, a.length - 1)];
        System.arraycopy(a, Math.min(1, a.length), r, 0, r.length);
        return r;
    }

    static boolean isNumeric(Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return true;     // the engine counts booleans as numeric
        }
        return v instanceof String s && NumberText.isNumeric(s);
    }

    private static boolean isScalar(Object v) {
        // The engine's scalar class includes null.
        return v == null || v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean;
    }

    /** isset(a, b, ...): every argument is non-null (undefined variables and keys read as null). */
    private static Object isset(Frame f, Object[] a, int line) {
        if (a.length == 0) {
            return false;
        }
        for (Object v : a) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    private static Object print(Frame f, Object[] a, int line) {
        for (Object v : a) {
            f.in.print(Values.toStr(v));
        }
        return 1L;
    }
}
