package bedrock.runtime.internal.jx9;

/** Loops and switch. Each iteration counts one step so that endless loops hit the limits. */
final class Loops {
    /** What a loop does after its body completed with a code. */
    private static final int GO_ON = -1;

    private Loops() {
    }

    /**
     * Handles break/continue in a loop body: returns GO_ON to keep looping, NORMAL to leave the
     * loop, or a code to propagate to the enclosing construct.
     */
    static int settle(Frame f, int code) {
        if (code == Stmt.NORMAL) {
            return GO_ON;
        }
        if (code == Stmt.RETURN) {
            return code;
        }
        if (--f.levels > 0) {
            return code;
        }
        return code == Stmt.BREAK ? Stmt.NORMAL : GO_ON;
    }

    static final class While extends Stmt {
        final Expr cond;
        final Stmt body;

        While(int line, Expr cond, Stmt body) {
            super(line);
            this.cond = cond;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            while (Values.truthy(cond.eval(f))) {
                f.in.step();
                int c = settle(f, body.exec(f));
                if (c != GO_ON) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    static final class For extends Stmt {
        final Expr[] init;
        final Expr cond;
        final Expr[] post;
        final Stmt body;

        For(int line, Expr[] init, Expr cond, Expr[] post, Stmt body) {
            super(line);
            this.init = init;
            this.cond = cond;
            this.post = post;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            for (Expr e : init) {
                e.eval(f);
            }
            while (cond == null || Values.truthy(cond.eval(f))) {
                f.in.step();
                int c = settle(f, body.exec(f));
                if (c != GO_ON) {
                    return c;
                }
                for (Expr e : post) {
                    e.eval(f);
                }
            }
            return NORMAL;
        }
    }

    /**
     * {@code foreach ($a as $k, $v)}: as in the engine, the loop walks the array's own cursor (it
     * starts on the first entry, a {@code next()} in the body skips one, {@code break} leaves it after
     * the entry, entries the body appends are visited) and puts it back on the first entry at the
     * end, so a loop nested in another over the same array sends the outer one back to its first
     * entry. Where that never ends, the step and time limits stop the script.
     */
    static final class Foreach extends Stmt {
        final Expr subject;
        final LValue key;
        final LValue value;
        final Stmt body;

        Foreach(int line, Expr subject, LValue key, LValue value, Stmt body) {
            super(line);
            this.subject = subject;
            this.key = key;
            this.value = value;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            Object s = subject.eval(f);
            if (!(s instanceof Jx9Array a)) {
                f.in.warn(line, "Invalid argument supplied for the foreach statement, "
                        + "expecting JSON array or object instance");
                return NORMAL;
            }
            a.setCursor(0);
            while (a.cursor() >= 0 && a.cursor() < a.size()) {
                f.in.step();
                int i = a.cursor();
                if (key != null) {
                    key.assign(f, a.keyAt(i));
                }
                value.assign(f, a.valueAt(i));
                a.setCursor(i + 1);
                int c = settle(f, body.exec(f));
                if (c != GO_ON) {
                    return c;
                }
            }
            a.setCursor(0);
            return NORMAL;
        }
    }

    /**
     * switch with loose (==) case matching and fall-through. As in Jx9, a switch counts as one loop
     * level for break and continue: both leave the switch, and {@code continue 2} continues the
     * enclosing loop.
     */
    static final class Switch extends Stmt {
        final Expr subject;
        final Expr[] cases;     // null entry = default
        final Stmt[][] bodies;

        Switch(int line, Expr subject, Expr[] cases, Stmt[][] bodies) {
            super(line);
            this.subject = subject;
            this.cases = cases;
            this.bodies = bodies;
        }

        @Override
        int exec(Frame f) {
            int start = select(f, subject.eval(f));
            if (start < 0) {
                return NORMAL;
            }
            for (int i = start; i < bodies.length; i++) {
                for (Stmt s : bodies[i]) {
                    f.in.step();
                    int c = s.exec(f);
                    if (c == BREAK || c == CONTINUE) {
                        return --f.levels > 0 ? c : NORMAL;
                    }
                    if (c != NORMAL) {
                        return c;
                    }
                }
            }
            return NORMAL;
        }

        private int select(Frame f, Object v) {
            int dflt = -1;
            for (int i = 0; i < cases.length; i++) {
                if (cases[i] == null) {
                    dflt = i;
                } else if (Values.looseEquals(v, cases[i].eval(f))) {
                    return i;
                }
            }
            return dflt;
        }
    }
}
