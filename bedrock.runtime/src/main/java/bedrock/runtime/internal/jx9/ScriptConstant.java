package bedrock.runtime.internal.jx9;

/**
 * A script's {@code const} definition. The engine keeps a constant as code and runs it wherever the
 * constant is used, so its variables are those of the using frame, by name (locals, uplinks and
 * statics alike): the expression is compiled in a scope of its own and each use maps its
 * variables onto the user's.
 */
final class ScriptConstant {
    private final Expr expr;
    private final String[] names;

    ScriptConstant(Expr expr, String[] names) {
        this.expr = expr;
        this.names = names;
    }

    /** The user's variable for each of the expression's (null: the user has none of that name). */
    LValue[] variablesIn(Scope user, int line) {
        LValue[] vars = new LValue[names.length];
        for (int i = 0; i < names.length; i++) {
            vars[i] = user.find(names[i], line);
        }
        return vars;
    }

    /** Runs the definition with the using frame's variables (injected ones where it has none). */
    Object eval(Frame f, LValue[] user) {
        Object[] vars = new Object[names.length];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = user[i] != null ? user[i].eval(f) : f.in.injected.get(names[i]);
        }
        Frame cf = new Frame(f.in, vars);
        cf.fn = f.fn;
        cf.statics = f.statics;
        Object v = expr.eval(cf);
        for (int i = 0; i < vars.length; i++) {
            if (user[i] != null) {
                user[i].assign(f, vars[i]);
            }
        }
        return v;
    }
}
