package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/** JSON array and object literals: {@code [1, 2]}, {@code {name: $n, "age": 32, $k: 1}}. */
final class JsonLiterals {
    private JsonLiterals() {
    }

    /** After the opening "[". */
    static Expr list(ExprParser p, Token open) {
        List<Expr> items = new ArrayList<>();
        while (!p.peek().is("]")) {
            if (p.atEnd()) {
                throw p.error(open, "JSON Array: Missing closing square bracket ']'");
            }
            p.pendingOp = null;
            items.add(p.expression());
            if (!p.accept(",") && !p.peek().is("]")) {
                throw p.error(p.peek(), "JSON Array: Missing closing square bracket ']'");
            }
        }
        p.next();
        return new Exprs.ListLit(open.line(), items);
    }

    /** After the opening "{". */
    static Expr object(ExprParser p, Token open) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!p.peek().is("}")) {
            if (p.atEnd()) {
                throw p.error(open, "JSON Object: Missing closing braces '}'");
            }
            keys.add(key(p));
            if (!p.accept(":") && !p.accept("=>")) {
                throw p.error(p.peek(), "JSON Object: Missing entry value");
            }
            p.pendingOp = null;
            values.add(p.expression());
            if (!p.accept(",") && !p.peek().is("}")) {
                throw p.error(p.peek(), "JSON Object: Missing closing braces '}'");
            }
        }
        p.next();
        return new Exprs.ObjectLit(open.line(), keys, values);
    }

    private static Expr key(ExprParser p) {
        Token t = p.next();
        return switch (t.kind()) {
            case IDENT -> p.bareKey(t);
            case INT -> new Exprs.Literal(t.line(), t.text());
            case STRING -> new Exprs.Literal(t.line(), t.value());
            case DQSTRING -> new Interpolator(p, t).parse();
            case VAR -> p.scope.resolve(t.text(), t.line());
            default -> throw p.error(t, "JSON Object: Unexpected expression, key must be of type string, "
                    + "literal or simple variable");
        };
    }
}
