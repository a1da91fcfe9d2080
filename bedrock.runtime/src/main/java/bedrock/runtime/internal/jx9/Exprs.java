package bedrock.runtime.internal.jx9;

import java.util.List;
import java.util.function.UnaryOperator;

/** Leaf and literal expression nodes. */
final class Exprs {
    private Exprs() {
    }

    static final class Literal extends Expr {
        final Object value;

        Literal(int line, Object value) {
            super(line);
            this.value = value;
        }

        @Override
        Object eval(Frame f) {
            return value;
        }
    }

    /** A variable of the current frame. */
    static final class LocalVar extends LValue {
        final int slot;
        final String name;

        LocalVar(int line, int slot, String name) {
            super(line);
            this.slot = slot;
            this.name = name;
        }

        @Override
        Object eval(Frame f) {
            return f.vars[slot];
        }

        @Override
        Object assign(Frame f, Object value) {
            f.vars[slot] = value;
            return value;
        }

        @Override
        Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld) {
            Object old = f.vars[slot];
            Object nv = fn.apply(old);
            f.vars[slot] = nv;
            return returnOld ? old : nv;
        }

        @Override
        Jx9Array arrayForWrite(Frame f) {
            return Access.vivify(f, f.vars[slot], v -> f.vars[slot] = v, line);
        }
    }

    /** A script-level variable reached from a function through {@code uplink}. */
    static final class GlobalVar extends LValue {
        final int slot;

        GlobalVar(int line, int slot) {
            super(line);
            this.slot = slot;
        }

        @Override
        Object eval(Frame f) {
            return f.in.globals[slot];
        }

        @Override
        Object assign(Frame f, Object value) {
            f.in.globals[slot] = value;
            return value;
        }

        @Override
        Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld) {
            Object[] g = f.in.globals;
            Object old = g[slot];
            g[slot] = fn.apply(old);
            return returnOld ? old : g[slot];
        }

        @Override
        Jx9Array arrayForWrite(Frame f) {
            Object[] g = f.in.globals;
            return Access.vivify(f, g[slot], v -> g[slot] = v, line);
        }
    }

    /** {@code [a, b, c]}: a fresh list on every evaluation. */
    static final class ListLit extends Expr {
        final Expr[] items;

        ListLit(int line, List<Expr> items) {
            super(line);
            this.items = items.toArray(new Expr[0]);
        }

        @Override
        Object eval(Frame f) {
            Jx9Array a = new Jx9Array(items.length);
            for (Expr e : items) {
                a.append(e.eval(f));
            }
            return a;
        }
    }

    /** {@code {k: v, "k2": v2, $var: v3}}: a fresh object on every evaluation. */
    static final class ObjectLit extends Expr {
        final Expr[] keys;
        final Expr[] values;

        ObjectLit(int line, List<Expr> keys, List<Expr> values) {
            super(line);
            this.keys = keys.toArray(new Expr[0]);
            this.values = values.toArray(new Expr[0]);
        }

        @Override
        Object eval(Frame f) {
            Jx9Array a = new Jx9Array(keys.length);
            a.objectLiteral = true;
            for (int i = 0; i < keys.length; i++) {
                a.put(Jx9Array.normKey(keys[i].eval(f)), values[i].eval(f));
            }
            return a;
        }
    }

    /** A double-quoted string with interpolated variables. */
    static final class Interpolated extends Expr {
        final Expr[] parts;

        Interpolated(int line, List<Expr> parts) {
            super(line);
            this.parts = parts.toArray(new Expr[0]);
        }

        @Override
        Object eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (Expr p : parts) {
                sb.append(Values.toStr(p.eval(f)));
            }
            return Interp.checkLength(sb.toString());
        }
    }

    /** An anonymous function used as a value. */
    static final class FunctionLit extends Expr {
        final Jx9Function fn;

        FunctionLit(int line, Jx9Function fn) {
            super(line);
            this.fn = fn;
        }

        @Override
        Object eval(Frame f) {
            return fn;
        }
    }
}
