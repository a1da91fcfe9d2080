package bedrock.runtime.internal.jx9;

import java.util.function.UnaryOperator;

/** Operator nodes: binary, comparison, logical, unary, ternary, casts and assignments. */
final class Operators {
    static final int LT = 0;
    static final int LE = 1;
    static final int GT = 2;
    static final int GE = 3;
    static final int EQ = 4;
    static final int NE = 5;
    static final int SEQ = 6;
    static final int SNE = 7;

    private Operators() {
    }

    static final class Binary extends Expr {
        final int op;
        final Expr left;
        final Expr right;

        Binary(int line, int op, Expr left, Expr right) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (op == Arith.ADD && a instanceof Long x && b instanceof Long y) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return r;
                }
            }
            return Arith.apply(f, op, a, b, line);
        }
    }

    static final class Compare extends Expr {
        final int op;
        final Expr left;
        final Expr right;

        Compare(int line, int op, Expr left, Expr right) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            return switch (op) {
                case SEQ -> Values.strictEquals(a, b);
                case SNE -> !Values.strictEquals(a, b);
                default -> test(op, fastCompare(a, b));
            };
        }

        private static int fastCompare(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return Long.compare(x, y);
            }
            return Values.compare(a, b);
        }

        private static boolean test(int op, int c) {
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
                default -> c != 0;
            };
        }
    }

    static final class Logical extends Expr {
        final boolean and;
        final Expr left;
        final Expr right;

        Logical(int line, boolean and, Expr left, Expr right) {
            super(line);
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Frame f) {
            boolean l = Values.truthy(left.eval(f));
            if (and ? !l : l) {
                return l;
            }
            return Values.truthy(right.eval(f));
        }
    }

    static final class Unary extends Expr {
        final char op;
        final Expr operand;

        Unary(int line, char op, Expr operand) {
            super(line);
            this.op = op;
            this.operand = operand;
        }

        @Override
        Object eval(Frame f) {
            Object v = operand.eval(f);
            return switch (op) {
                case '!' -> !Values.truthy(v);
                case '-' -> Arith.negate(v);
                case '+' -> Values.toNumber(v);
                case '~' -> ~Values.toLong(v);
                case 'i' -> Values.toLong(v);
                case 'f' -> Values.toDouble(v);
                case 's' -> Values.toStr(v);
                case 'b' -> Values.truthy(v);
                default -> throw new IllegalStateException("unary " + op);
            };
        }
    }

    static final class Ternary extends Expr {
        final Expr cond;
        final Expr then;
        final Expr otherwise;

        Ternary(int line, Expr cond, Expr then, Expr otherwise) {
            super(line);
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        Object eval(Frame f) {
            if (then == null) {
                Object c = cond.eval(f);
                return Values.truthy(c) ? c : otherwise.eval(f);
            }
            return Values.truthy(cond.eval(f)) ? then.eval(f) : otherwise.eval(f);
        }
    }

    static final class Assign extends Expr {
        final LValue target;
        final Expr value;

        Assign(int line, LValue target, Expr value) {
            super(line);
            this.target = target;
            this.value = value;
        }

        @Override
        Object eval(Frame f) {
            return target.assign(f, value.eval(f));
        }
    }

    /** {@code +=} and friends; the right side is evaluated before the target is read. */
    static final class CompoundAssign extends Expr {
        final int op;
        final LValue target;
        final Expr value;

        CompoundAssign(int line, int op, LValue target, Expr value) {
            super(line);
            this.op = op;
            this.target = target;
            this.value = value;
        }

        @Override
        Object eval(Frame f) {
            Object b = value.eval(f);
            return target.update(f, a -> Arith.apply(f, op, a, b, line), false);
        }
    }

    static final class IncDec extends Expr {
        private static final UnaryOperator<Object> INC = v -> Arith.step(v, true);
        private static final UnaryOperator<Object> DEC = v -> Arith.step(v, false);
        final LValue target;
        final boolean up;
        final boolean prefix;

        IncDec(int line, LValue target, boolean up, boolean prefix) {
            super(line);
            this.target = target;
            this.up = up;
            this.prefix = prefix;
        }

        @Override
        Object eval(Frame f) {
            if (target instanceof Exprs.LocalVar v) {
                Object old = f.vars[v.slot];
                Object nv = old instanceof Long l && l != Long.MAX_VALUE && l != Long.MIN_VALUE
                        ? (Object) (up ? l + 1 : l - 1) : Arith.step(old, up);
                f.vars[v.slot] = nv;
                return prefix ? nv : old;
            }
            return target.update(f, up ? INC : DEC, !prefix);
        }
    }
}
