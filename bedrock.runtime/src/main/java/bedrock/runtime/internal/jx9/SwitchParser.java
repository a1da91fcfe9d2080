package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code switch (e) { case x: ... default: ... }}. */
final class SwitchParser {
    private final Parser p;

    SwitchParser(Parser p) {
        this.p = p;
    }

    Stmt parse(Token t) {
        Expr subject = p.condition("Expected '(' after 'switch' keyword");
        Token open = p.expect("{", "Switch: Unexpected token '" + p.peek().display() + "', expecting '{'");
        List<Expr> cases = new ArrayList<>();
        List<Stmt[]> bodies = new ArrayList<>();
        p.loopDepth(p.loopDepth() + 1);
        try {
            while (!p.accept("}")) {
                if (p.atEnd()) {
                    throw p.error(open, "Missing closing braces '}'");
                }
                cases.add(label());
                bodies.add(body());
            }
        } finally {
            p.loopDepth(p.loopDepth() - 1);
        }
        return new Loops.Switch(t.line(), subject, cases.toArray(new Expr[0]), bodies.toArray(new Stmt[0][]));
    }

    /** "case expr:" or "default:"; returns null for default. */
    private Expr label() {
        Token t = p.next();
        Expr e = null;
        if (t.isWord("case")) {
            if (p.peek().is(":")) {
                throw p.error(t, "Empty case expression");
            }
            p.pendingOp = null;
            e = p.expression();
        } else if (!t.isWord("default")) {
            throw p.error(t, "Switch: Unexpected token '" + t.display() + "'");
        }
        if (!p.accept(":") && !p.accept(";")) {
            throw p.error(p.peek(), "Switch: Unexpected token '" + p.peek().display() + "', expecting ':'");
        }
        return e;
    }

    private Stmt[] body() {
        List<Stmt> stmts = new ArrayList<>();
        while (!p.peek().is("}") && !p.peek().isWord("case") && !p.peek().isWord("default") && !p.atEnd()) {
            stmts.add(p.statementForSwitch());
        }
        return stmts.toArray(new Stmt[0]);
    }
}
