package bedrock.runtime.internal.jx9;

/**
 * Assignments into a variable that holds a string, as the engine performs them: {@code $s[i] = v}
 * replaces the character at {@code i} with the first character of {@code v} (an offset past the end,
 * or a negative one, appends that character instead); {@code $s[] = v} appends all of {@code v}. An
 * empty {@code v} changes nothing.
 */
final class StringOffset {
    private StringOffset() {
    }

    /** True when {@code base} is a variable currently holding a string. */
    static boolean applies(Frame f, Expr base) {
        return (base instanceof Exprs.LocalVar || base instanceof Exprs.GlobalVar) && base.eval(f) instanceof String;
    }

    /** Stores into the string variable {@code var}; a null key is the append slot. */
    static Object store(Frame f, Expr var, Object key, Object value) {
        String s = (String) var.eval(f);
        String v = Values.toStr(value);
        if (v.isEmpty()) {
            return value;
        }
        String r;
        if (key == null) {
            r = s + v;
        } else {
            long at = Values.toLong(key);
            r = at >= 0 && at < s.length()
                    ? s.substring(0, (int) at) + v.charAt(0) + s.substring((int) at + 1)
                    : s + v.charAt(0);
        }
        ((LValue) var).assign(f, Interp.checkLength(r));
        return value;
    }
}
