package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses function declarations (named and anonymous), their typed parameters and their
 * {@code static} variables, following the engine's compiler (jx9_compile.c).
 */
final class FunctionParser {
    private final Parser p;

    FunctionParser(Parser p) {
        this.p = p;
    }

    /** After "function": a named declaration. A second one of the same name overloads the first. */
    Stmt declare(Token t) {
        Token name = p.next();
        Jx9Function fn = body(name.text(), t);
        fn.overloaded = p.functions.get(name.text());
        p.functions.put(name.text(), fn);
        return new Stmts.Empty(t.line());
    }

    /** Parameters and body, compiled in a fresh scope; the cursor is on "(". */
    Jx9Function body(String name, Token at) {
        Jx9Function fn = new Jx9Function(name == null ? "{closure}" : name, at.line());
        Scope outer = p.scope;
        String outerName = p.functionName;
        p.functionName = name == null ? "[lambda_" + ++p.lambdas + "]" : name;
        int outerLoops = p.loopDepth();
        p.scope = new Scope(p.globalScope);
        p.loopDepth(0);
        try {
            parameters(fn);
            Token open = p.expect("{", "Syntax error while declaring function '" + fn.name() + "', missing '{'");
            declareStatics();
            fn.body = p.block(open);
            fn.slotNames = p.scope.names();
            fn.staticInits = p.scope.staticInits();
            return fn;
        } finally {
            p.scope = outer;
            p.functionName = outerName;
            p.loopDepth(outerLoops);
        }
    }

    private void parameters(Jx9Function fn) {
        p.expect("(", "Expected '(' after function name '" + fn.name() + "'");
        List<Integer> slots = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        StringBuilder types = new StringBuilder();
        StringBuilder signature = new StringBuilder();
        while (!p.accept(")")) {
            char type = 0;
            if (p.peek().kind() == Token.Kind.IDENT) {
                // Any word before the variable is read as a type; only the engine's type keywords cast.
                type = Params.typeOf(p.next().text());
                if (p.peek().is(")")) {
                    throw p.error(p.peek(), "Missing argument name");
                }
            }
            Token v = p.next();
            if (v.kind() != Token.Kind.VAR) {
                throw p.error(v, v.kind() == Token.Kind.EOF ? "Missing ')' after function '" + fn.name()
                        + "' signature" : "Invalid argument name");
            }
            slots.add(p.scope.slot(v.text()));
            defaults.add(p.accept("=") ? p.expression() : null);
            types.append(type);
            if (type != 0) {
                signature.append(type);
            }
            if (!p.accept(",") && !p.peek().is(")")) {
                throw p.error(p.peek(), "Missing ')' after function '" + fn.name() + "' signature");
            }
        }
        fn.paramSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        fn.defaults = defaults.toArray(new Expr[0]);
        fn.paramTypes = types.toString().toCharArray();
        fn.signature = signature.toString();
    }

    /**
     * Finds the {@code static $x} declarations of the body ahead of parsing it (skipping nested
     * functions), because the engine binds them at the start of every call, wherever they are.
     */
    private void declareStatics() {
        int depth = 1;
        for (int i = p.pos; i < p.tokens.size() && depth > 0; i++) {
            Token t = p.tokens.get(i);
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                depth--;
            } else if (t.kind() == Token.Kind.IDENT && t.text().equals("function")) {
                i = skipFunction(i);
            } else if (t.kind() == Token.Kind.IDENT && t.text().equals("static")
                    && p.tokens.get(i + 1).kind() == Token.Kind.VAR) {
                p.scope.declareStatic(p.tokens.get(i + 1).text());
            }
        }
    }

    /** The index of the "}" closing the body of the function declared at {@code i}. */
    private int skipFunction(int i) {
        int j = i + 1;
        while (j < p.tokens.size() && !p.tokens.get(j).is("{") && p.tokens.get(j).kind() != Token.Kind.EOF) {
            j++;
        }
        int depth = 0;
        for (; j < p.tokens.size(); j++) {
            Token t = p.tokens.get(j);
            if (t.is("{")) {
                depth++;
            } else if (t.is("}") && --depth == 0) {
                return j;
            }
        }
        return j;
    }

    /**
     * After "static": inside a function it declares one static variable with an optional initial
     * value (any expression); outside one, the engine compiles it as a plain expression.
     */
    Stmt staticStatement(Token t) {
        Token v = p.peek();
        if (v.kind() != Token.Kind.VAR) {
            throw p.error(t, "Expected variable after 'static' keyword");
        }
        if (!p.scope.isFunction()) {
            Expr e = p.expression();
            p.endOfStatement();
            return new Stmts.ExprStmt(t.line(), e);
        }
        p.next();
        int index = p.scope.declareStatic(v.text());
        if (!p.peek().is(";") && !p.peek().is("=")) {
            throw p.error(p.peek(), "static: Unexpected token '" + p.peek().display() + "'");
        }
        if (p.accept("=")) {
            p.pendingOp = null;
            p.scope.staticInit(index, p.expression());
        }
        p.endOfStatement();
        return new Stmts.Empty(t.line());
    }
}
