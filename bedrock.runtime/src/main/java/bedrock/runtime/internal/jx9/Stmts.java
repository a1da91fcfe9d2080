package bedrock.runtime.internal.jx9;

import java.util.List;

/** Straight-line statements: blocks, expressions, print, if, return, break and continue. */
final class Stmts {
    private Stmts() {
    }

    static final class Block extends Stmt {
        final Stmt[] body;

        Block(int line, List<Stmt> body) {
            super(line);
            this.body = body.toArray(new Stmt[0]);
        }

        @Override
        int exec(Frame f) {
            for (Stmt s : body) {
                f.in.step();
                int c = s.exec(f);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends Stmt {
        final Expr expr;

        ExprStmt(int line, Expr expr) {
            super(line);
            this.expr = expr;
        }

        @Override
        int exec(Frame f) {
            expr.eval(f);
            return NORMAL;
        }
    }

    /** {@code print a, b, c;} */
    static final class Print extends Stmt {
        final Expr[] args;

        Print(int line, List<Expr> args) {
            super(line);
            this.args = args.toArray(new Expr[0]);
        }

        @Override
        int exec(Frame f) {
            for (Expr e : args) {
                f.in.print(Values.toStr(e.eval(f)));
            }
            return NORMAL;
        }
    }

    /** if / elseif chains are nested Ifs; {@code otherwise} may be null. */
    static final class If extends Stmt {
        final Expr cond;
        final Stmt then;
        final Stmt otherwise;

        If(int line, Expr cond, Stmt then, Stmt otherwise) {
            super(line);
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        int exec(Frame f) {
            if (Values.truthy(cond.eval(f))) {
                return then.exec(f);
            }
            return otherwise == null ? NORMAL : otherwise.exec(f);
        }
    }

    static final class Return extends Stmt {
        final Expr value;

        Return(int line, Expr value) {
            super(line);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            f.ret = value == null ? null : value.eval(f);
            return RETURN;
        }
    }

    /** {@code break N} / {@code continue N}: N enclosing loops are left. */
    static final class Jump extends Stmt {
        final int code;
        final int levels;

        Jump(int line, int code, int levels) {
            super(line);
            this.code = code;
            this.levels = levels;
        }

        @Override
        int exec(Frame f) {
            f.levels = levels;
            return code;
        }
    }

    /** Nothing to do at run time (function declarations, uplink, empty statements). */
    static final class Empty extends Stmt {
        Empty(int line) {
            super(line);
        }

        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }
}
