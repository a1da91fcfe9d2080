package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/**
 * Statement grammar. Errors are collected per statement (parsing resumes after the next ";"), so
 * that one compile reports every independent error.
 */
final class Parser extends ExprParser {
    private static final int MAX_ERRORS = 50;
    private int loopDepth;

    /** The outcome of parsing a whole script. */
    record Program(Stmt body, String[] globalNames, java.util.Map<String, Jx9Function> functions,
            java.util.Set<String> constants) {
    }

    Parser(List<Token> tokens, List<Jx9Diagnostic> errors) {
        super(tokens, errors);
    }

    Program parseProgram() {
        List<Stmt> body = new ArrayList<>();
        while (!atEnd() && errors.size() < MAX_ERRORS) {
            Stmt s = guardedStatement(true);
            if (s != null) {
                body.add(s);
            }
        }
        link();
        return new Program(new Stmts.Block(1, body), globalScope.names(), functions, constants.keySet());
    }

    private void link() {
        for (ConstRef r : constRefs) {
            r.bind(constants.get(r.name));
        }
        for (Calls.Named c : calls) {
            c.user = functions.get(c.name);
            if (c.user == null) {
                c.builtin = Builtins.get(c.name);
            }
        }
    }

    /** Parses one statement, recording an error and resynchronising instead of throwing. */
    private Stmt guardedStatement(boolean topLevel) {
        int savedNesting = nesting;
        int savedLoops = loopDepth;
        Scope savedScope = scope;
        int start = pos;
        try {
            pendingOp = null;
            return statement();
        } catch (ParseError e) {
            errors.add(e.diagnostic);
            nesting = savedNesting;
            loopDepth = savedLoops;
            scope = savedScope;
            resync(start, topLevel);
            return null;
        }
    }

    private void resync(int start, boolean topLevel) {
        if (pos == start) {
            next();
        }
        while (!atEnd()) {
            Token t = peek();
            if (t.is(";")) {
                next();
                return;
            }
            if (t.is("}") && !topLevel) {
                return;
            }
            next();
        }
    }

    Stmt statementForSwitch() {
        return statement();
    }

    private Stmt statement() {
        Token t = peek();
        if (t.is("{")) {
            next();
            return block(t);
        }
        if (t.is(";")) {
            next();
            return new Stmts.Empty(t.line());
        }
        if (t.is("}")) {
            throw error(t, "Syntax error: Unexpected token '}'");
        }
        if (t.kind() == Token.Kind.IDENT) {
            Stmt s = keywordStatement(t);
            if (s != null) {
                return s;
            }
        }
        Expr e = expression();
        endOfStatement();
        return new Stmts.ExprStmt(t.line(), e);
    }

    /** A ";" ends a statement; a closing "}" or the end of the script also does. */
    void endOfStatement() {
        if (accept(";") || peek().is("}") || atEnd()) {
            return;
        }
        throw error(peek(), "Syntax error: Unexpected token '" + peek().display() + "', expecting ';'");
    }

    /** After "{": statements up to the matching "}". */
    Stmt block(Token open) {
        enterNesting(open);
        List<Stmt> body = new ArrayList<>();
        while (!peek().is("}")) {
            if (atEnd()) {
                throw error(open, "Missing closing braces '}'");
            }
            Stmt s = guardedStatement(false);
            if (s != null) {
                body.add(s);
            }
        }
        next();
        nesting--;
        return body.size() == 1 && !(body.get(0) instanceof Stmts.Block) ? body.get(0)
                : new Stmts.Block(open.line(), body);
    }

    private Stmt keywordStatement(Token t) {
        switch (t.text().toLowerCase()) {
            case "if" -> {
                next();
                return ifStatement(t);
            }
            case "while" -> {
                next();
                Expr cond = condition("Expected '(' after 'while' keyword");
                return new Loops.While(t.line(), cond, loopBody());
            }
            case "for" -> {
                next();
                return forStatement(t);
            }
            case "foreach" -> {
                next();
                return foreachStatement(t);
            }
            case "switch" -> {
                next();
                return new SwitchParser(this).parse(t);
            }
            case "break", "continue" -> {
                next();
                return jump(t);
            }
            case "return" -> {
                next();
                Expr v = peek().is(";") || peek().is("}") || atEnd() ? null : expression();
                endOfStatement();
                return new Stmts.Return(t.line(), v);
            }
            case "print" -> {
                next();
                return print(t);
            }
            case "uplink", "global" -> {
                next();
                return uplink(t);
            }
            case "const" -> {
                next();
                return constant(t);
            }
            case "function" -> {
                if (peek(1).kind() == Token.Kind.IDENT) {
                    next();
                    return new FunctionParser(this).declare(t);
                }
                return null;
            }
            case "static" -> {
                next();
                return new FunctionParser(this).staticStatement(t);
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt ifStatement(Token t) {
        Expr cond = condition("if/else/elseif: Missing '('");
        Stmt then = statement();
        Token n = peek();
        if (n.isWord("elseif")) {
            next();
            return new Stmts.If(t.line(), cond, then, ifStatement(n));
        }
        if (n.isWord("else")) {
            next();
            return new Stmts.If(t.line(), cond, then, statement());
        }
        return new Stmts.If(t.line(), cond, then, null);
    }

    /** "(" expression ")" after if/while/switch. */
    Expr condition(String missingParen) {
        expect("(", missingParen);
        pendingOp = null;
        Expr e = expression();
        expect(")", "Missing right parenthesis ')'");
        return e;
    }

    Stmt loopBody() {
        loopDepth++;
        try {
            return statement();
        } finally {
            loopDepth--;
        }
    }

    int loopDepth() {
        return loopDepth;
    }

    void loopDepth(int d) {
        loopDepth = d;
    }

    private Stmt forStatement(Token t) {
        expect("(", "Expected '(' after 'for' keyword");
        Expr[] init = exprList(";", "for: Expected ';' after initialization expressions");
        Expr[] cond = exprList(";", "for: Expected ';' after conditionals expressions");
        Expr[] post = exprList(")", "for: Expected ')' after post-expressions");
        Expr c = cond.length == 0 ? null : cond[cond.length - 1];
        return new Loops.For(t.line(), init, c, post, loopBody());
    }

    private Expr[] exprList(String end, String message) {
        List<Expr> list = new ArrayList<>();
        pendingOp = null;
        while (!accept(end)) {
            list.add(expression());
            if (!accept(",") && !peek().is(end)) {
                throw error(peek(), message);
            }
        }
        return list.toArray(new Expr[0]);
    }

    private Stmt foreachStatement(Token t) {
        expect("(", "foreach: Expected '('");
        pendingOp = null;
        if (peek().isWord("as")) {
            throw error(peek(), "foreach: Missing expression");
        }
        Expr subject = expression();
        if (!peek().isWord("as")) {
            throw error(peek(), "foreach: Unexpected token '" + peek().display() + "', expecting 'as'");
        }
        next();
        LValue first = foreachVar("foreach: Missing $value");
        LValue key = null;
        LValue value = first;
        if (accept(",") || accept("=>")) {
            key = first;
            value = foreachVar("foreach: Missing $value");
        }
        expect(")", "foreach: Missing right parenthesis ')'");
        return new Loops.Foreach(t.line(), subject, key, value, loopBody());
    }

    private LValue foreachVar(String message) {
        Token v = peek();
        if (v.kind() != Token.Kind.VAR) {
            throw error(v, message);
        }
        next();
        return scope.resolve(v.text(), v.line());
    }

    private Stmt jump(Token t) {
        int levels = 1;
        if (peek().kind() == Token.Kind.INT) {
            levels = (int) Math.max(1, Math.min(1000, (Long) next().value()));
        }
        endOfStatement();
        boolean isBreak = t.text().equalsIgnoreCase("break");
        if (loopDepth == 0) {
            throw error(t, "A '" + t.text().toLowerCase() + "' statement may only be used within a loop or switch");
        }
        return new Stmts.Jump(t.line(), isBreak ? Stmt.BREAK : Stmt.CONTINUE, levels);
    }

    private Stmt print(Token t) {
        List<Expr> args = new ArrayList<>();
        do {
            pendingOp = null;
            args.add(expression());
        } while (accept(","));
        endOfStatement();
        return new Stmts.Print(t.line(), args);
    }

    private Stmt uplink(Token t) {
        do {
            Token v = next();
            if (v.kind() != Token.Kind.VAR) {
                throw error(v, "uplink: Expected variable name");
            }
            scope.uplink(v.text());
        } while (accept(","));
        endOfStatement();
        return new Stmts.Empty(t.line());
    }

    private Stmt constant(Token t) {
        Token name = next();
        // As in the engine, a quoted name is taken as written (const "A" = 1 defines A).
        if (name.kind() != Token.Kind.IDENT && name.kind() != Token.Kind.STRING
                && name.kind() != Token.Kind.DQSTRING) {
            throw error(name, "const: Invalid constant name");
        }
        if (name.text().equalsIgnoreCase("null") || name.text().equalsIgnoreCase("true")
                || name.text().equalsIgnoreCase("false")) {
            throw error(name, "const: Cannot redeclare a reserved constant '" + name.text() + "'");
        }
        expect("=", "const: Expected '=' after constant name");
        // Compiled in a scope of its own: each use runs it with the using frame's variables.
        Scope outer = scope;
        scope = new Scope(globalScope);
        try {
            Expr value = expression();
            constants.put(name.text(), new ScriptConstant(value, scope.names()));
        } finally {
            scope = outer;
        }
        endOfStatement();
        return new Stmts.Empty(t.line());
    }

    /** Parameters and body of a named or anonymous function; the cursor is on "(". */
    @Override
    Jx9Function functionBody(String name, Token at) {
        return new FunctionParser(this).body(name, at);
    }
}
