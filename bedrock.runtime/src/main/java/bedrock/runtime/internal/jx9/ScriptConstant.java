package bedrock.runtime.internal.jx9;

import java.util.Arrays;
import java.util.List;

/**
 * A script's {@code const} definition. The engine keeps a constant as code and runs it wherever the
 * constant is used, so its variables are those of the using frame, by name: the expression is
 * compiled in a scope of its own and each use maps its variables onto the user's slots.
 */
final class ScriptConstant {
    private final Expr expr;
    private final String[] names;

    ScriptConstant(Expr expr, String[] names) {
        this.expr = expr;
        this.names = names;
    }

    /** Where each of the expression's variables lives in a frame of {@code user} (-1: not there). */
    int[] slotsIn(Scope user) {
        List<String> userNames = Arrays.asList(user.names());
        int[] slots = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            slots[i] = userNames.indexOf(names[i]);
        }
        return slots;
    }

    /** Runs the definition with the using frame's variables (injected ones where it has none). */
    Object eval(Frame f, int[] slots) {
        Object[] vars = new Object[names.length];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = slots[i] >= 0 && slots[i] < f.vars.length ? f.vars[slots[i]] : f.in.injected.get(names[i]);
        }
        Frame cf = new Frame(f.in, vars);
        cf.fn = f.fn;
        cf.statics = f.statics;
        Object v = expr.eval(cf);
        for (int i = 0; i < vars.length; i++) {
            if (slots[i] >= 0 && slots[i] < f.vars.length) {
                f.vars[slots[i]] = vars[i];
            }
        }
        return v;
    }
}
