package bedrock.runtime.internal.jx9;

import java.util.List;

/** Function calls and exit/die. */
final class Calls {
    private Calls() {
    }

    static Object[] evalArgs(Frame f, Expr[] args) {
        if (args.length == 0) {
            return args;
        }
        Object[] v = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            v[i] = args[i].eval(f);
        }
        return v;
    }

    /**
     * A call by name. The target is bound after the whole script is parsed, so functions can be
     * called before their definition; an unknown name warns and yields null.
     */
    static final class Named extends Expr {
        final String name;
        final Expr[] args;
        Jx9Function user;
        Builtin builtin;

        Named(int line, String name, List<Expr> args) {
            super(line);
            this.name = name;
            this.args = args.toArray(new Expr[0]);
        }

        @Override
        Object eval(Frame f) {
            Object[] v = evalArgs(f, args);
            if (user != null) {
                return f.in.invoke(user, v);
            }
            if (builtin != null) {
                return builtin.call(f, v, line);
            }
            f.in.warn(line, "Call to undefined function '" + name + "', JX9 is returning NULL.");
            return null;
        }
    }

    /** {@code $f(...)}: calls an anonymous function or a function named by a string. */
    static final class ByValue extends Expr {
        final Expr target;
        final Expr[] args;

        ByValue(int line, Expr target, List<Expr> args) {
            super(line);
            this.target = target;
            this.args = args.toArray(new Expr[0]);
        }

        @Override
        Object eval(Frame f) {
            Object t = target.eval(f);
            return f.in.callback(t, line, evalArgs(f, args));
        }
    }

    /** exit / die: a string argument is printed first, then the script ends with no value. */
    static final class Exit extends Expr {
        final Expr message;

        Exit(int line, Expr message) {
            super(line);
            this.message = message;
        }

        @Override
        Object eval(Frame f) {
            if (message != null) {
                Object m = message.eval(f);
                if (m instanceof String s) {
                    f.in.print(s);
                }
            }
            throw new Interp.ExitSignal();
        }
    }
}
