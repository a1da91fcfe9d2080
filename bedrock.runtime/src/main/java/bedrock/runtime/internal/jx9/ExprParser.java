package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Expression grammar, by precedence climbing over Jx9's operator table. */
abstract class ExprParser extends ParserBase {
    private static final Map<String, Integer> BINARY = Map.ofEntries(
            Map.entry("*", 7), Map.entry("/", 7), Map.entry("%", 7),
            Map.entry("+", 8), Map.entry("-", 8), Map.entry("..", 8),
            Map.entry("<<", 9), Map.entry(">>", 9),
            Map.entry("<", 10), Map.entry(">", 10), Map.entry("<=", 10), Map.entry(">=", 10),
            Map.entry("<>", 10),
            Map.entry("==", 11), Map.entry("!=", 11), Map.entry("===", 11), Map.entry("!==", 11),
            Map.entry("&", 12), Map.entry("^", 13), Map.entry("|", 14), Map.entry("&&", 15),
            Map.entry("||", 16));
    private static final Map<String, Integer> COMPOUND = Map.of(
            "+=", Arith.ADD, "-=", Arith.SUB, "*=", Arith.MUL, "/=", Arith.DIV, "%=", Arith.MOD,
            ".=", Arith.CAT, "&=", Arith.BAND, "|=", Arith.BOR, "^=", Arith.BXOR, "<<=", Arith.SHL);
    private static final Map<String, Character> CASTS = Map.of(
            "int", 'i', "integer", 'i', "float", 'f', "real", 'f', "double", 'f',
            "string", 's', "bool", 'b', "boolean", 'b');

    ExprParser(List<Token> tokens, List<Jx9Diagnostic> errors) {
        super(tokens, errors);
    }

    abstract Jx9Function functionBody(String name, Token at);

    Expr expression() {
        enterNesting(peek());
        try {
            return assignment();
        } finally {
            nesting--;
        }
    }

    private Expr assignment() {
        Expr left = ternary();
        Token t = peek();
        if (t.kind() != Token.Kind.OP || !(t.text().equals("=") || COMPOUND.containsKey(t.text())
                || t.text().equals(">>="))) {
            return left;
        }
        if (!(left instanceof LValue target)) {
            throw error(t, "'" + t.text() + "': Left operand must be a modifiable l-value");
        }
        next();
        pendingOp = t.text();
        Expr right = expression();
        if (t.text().equals("=")) {
            return new Operators.Assign(t.line(), target, right);
        }
        int op = t.text().equals(">>=") ? Arith.SHR : COMPOUND.get(t.text());
        return new Operators.CompoundAssign(t.line(), op, target, right);
    }

    private Expr ternary() {
        Expr cond = binary(16);
        Token q = peek();
        if (!q.is("?")) {
            return cond;
        }
        next();
        pendingOp = "?";
        if (accept(":")) {
            return new Operators.Ternary(q.line(), cond, null, expression());
        }
        Expr then = expression();
        if (!accept(":")) {
            throw error(peek(), "'?': Missing 'else' expression");
        }
        pendingOp = ":";
        return new Operators.Ternary(q.line(), cond, then, expression());
    }

    private Expr binary(int maxPrec) {
        Expr left = unary();
        while (true) {
            Token t = peek();
            Integer prec = t.kind() == Token.Kind.OP ? BINARY.get(t.text()) : null;
            if (prec == null || prec > maxPrec) {
                return left;
            }
            next();
            pendingOp = t.text();
            left = combine(t, left, binary(prec - 1));
        }
    }

    private static Expr combine(Token t, Expr l, Expr r) {
        int line = t.line();
        return switch (t.text()) {
            case "+" -> new Operators.Binary(line, Arith.ADD, l, r);
            case "-" -> new Operators.Binary(line, Arith.SUB, l, r);
            case "*" -> new Operators.Binary(line, Arith.MUL, l, r);
            case "/" -> new Operators.Binary(line, Arith.DIV, l, r);
            case "%" -> new Operators.Binary(line, Arith.MOD, l, r);
            case ".." -> new Operators.Binary(line, Arith.CAT, l, r);
            case "&" -> new Operators.Binary(line, Arith.BAND, l, r);
            case "|" -> new Operators.Binary(line, Arith.BOR, l, r);
            case "^" -> new Operators.Binary(line, Arith.BXOR, l, r);
            case "<<" -> new Operators.Binary(line, Arith.SHL, l, r);
            case ">>" -> new Operators.Binary(line, Arith.SHR, l, r);
            case "<" -> new Operators.Compare(line, Operators.LT, l, r);
            case "<=" -> new Operators.Compare(line, Operators.LE, l, r);
            case ">" -> new Operators.Compare(line, Operators.GT, l, r);
            case ">=" -> new Operators.Compare(line, Operators.GE, l, r);
            case "==" -> new Operators.Compare(line, Operators.EQ, l, r);
            case "!=", "<>" -> new Operators.Compare(line, Operators.NE, l, r);
            case "===" -> new Operators.Compare(line, Operators.SEQ, l, r);
            case "!==" -> new Operators.Compare(line, Operators.SNE, l, r);
            case "&&" -> new Operators.Logical(line, true, l, r);
            default -> new Operators.Logical(line, false, l, r);
        };
    }

    private Expr unary() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP) {
            switch (t.text()) {
                case "!", "-", "+", "~" -> {
                    next();
                    pendingOp = t.text();
                    enterNesting(t);
                    Expr operand = unary();
                    nesting--;
                    return new Operators.Unary(t.line(), t.text().charAt(0), operand);
                }
                case "++", "--" -> {
                    next();
                    pendingOp = t.text();
                    Expr operand = postfix();
                    return new Operators.IncDec(t.line(), lvalue(t, operand), t.is("++"), true);
                }
                case "(" -> {
                    Character cast = castAt();
                    if (cast != null) {
                        pos += 3;
                        pendingOp = "(cast)";
                        return new Operators.Unary(t.line(), cast, unary());
                    }
                }
                default -> {
                }
            }
        }
        return postfix();
    }

    private Character castAt() {
        Token name = peek(1);
        if (name.kind() == Token.Kind.IDENT && peek(2).is(")")) {
            return CASTS.get(name.text().toLowerCase());
        }
        return null;
    }

    LValue lvalue(Token op, Expr e) {
        if (e instanceof LValue lv && !(e instanceof Access.Append)) {
            return lv;
        }
        throw error(op, "'" + op.text() + "' operator needs l-value");
    }

    private Expr postfix() {
        Expr e = primary();
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                next();
                e = member(t, e);
            } else if (t.is("[")) {
                next();
                if (accept("]")) {
                    e = new Access.Append(t.line(), e);
                    continue;
                }
                pendingOp = null;
                Expr key = expression();
                expect("]", "Syntax error: Missing closing square bracket ']'");
                e = new Access.Index(t.line(), e, key);
            } else if (t.is("(") && !(e instanceof Exprs.Literal)) {
                next();
                e = new Calls.ByValue(t.line(), e, arguments());
            } else if (t.is("++") || t.is("--")) {
                next();
                return new Operators.IncDec(t.line(), lvalue(t, e), t.is("++"), false);
            } else {
                return e;
            }
        }
    }

    /**
     * {@code base.name}, {@code base.0}, or, as in the engine, {@code .} followed by any other term
     * ({@code $o . 'k'}, {@code $o . $k}): the member of that name, null when the base is no array.
     * As in the engine, the left operand must be a variable, a member or a call: PHP's
     * {@code 'a' . 'b'} does not compile, while {@code $s . 'b'} gives null.
     */
    private Expr member(Token dot, Expr base) {
        if (base instanceof Exprs.Literal || base instanceof Exprs.ListLit || base instanceof Exprs.ObjectLit
                || base instanceof Exprs.Interpolated || base instanceof Exprs.FunctionLit) {
            throw error(dot, "'.': Expecting a variable as left operand");
        }
        Token n = peek();
        if (n.kind() == Token.Kind.IDENT || n.kind() == Token.Kind.INT) {
            next();
            return new Access.Member(dot.line(), base, n.text());
        }
        Token.Kind k = n.kind();
        if (k == Token.Kind.VAR || k == Token.Kind.STRING || k == Token.Kind.DQSTRING || k == Token.Kind.FLOAT) {
            return new Access.DynamicMember(dot.line(), base, primary());
        }
        throw error(dot, "'.': Missing/Invalid member name");
    }

    /** Comma-separated arguments after an already consumed "(". */
    List<Expr> arguments() {
        List<Expr> args = new ArrayList<>();
        pendingOp = null;
        if (accept(")")) {
            return args;
        }
        while (true) {
            if (peek().is(",")) {
                throw error(peek(), "Empty function argument");
            }
            args.add(expression());
            if (accept(")")) {
                return args;
            }
            if (!accept(",")) {
                throw error(peek(), "Missing right parenthesis ')'");
            }
            pendingOp = null;
        }
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case VAR -> {
                next();
                return scope.resolve(t.text(), t.line());
            }
            case INT, FLOAT, STRING -> {
                next();
                return new Exprs.Literal(t.line(), t.value());
            }
            case DQSTRING -> {
                next();
                return new Interpolator(this, t).parse();
            }
            case IDENT -> {
                return word(next());
            }
            case OP -> {
                return operatorPrimary(t);
            }
            default -> throw missingOperand(t);
        }
    }

    private Expr operatorPrimary(Token t) {
        if (t.is("(")) {
            next();
            pendingOp = null;
            Expr e = expression();
            expect(")", "Missing right parenthesis ')'");
            return e;
        }
        if (t.is("[")) {
            next();
            return JsonLiterals.list(this, t);
        }
        if (t.is("{")) {
            next();
            return JsonLiterals.object(this, t);
        }
        throw missingOperand(t);
    }

    private ParseError missingOperand(Token t) {
        boolean isOperator = t.kind() == Token.Kind.OP && !"()[]{};,".contains(t.text());
        if (isOperator) {
            return error(t, "'" + t.text() + "': Missing operand");
        }
        if (pendingOp != null) {
            return error(t, "'" + pendingOp + "': Missing operand");
        }
        return unexpected(t);
    }

    /** A bare word as an object key: the engine compiles it as an expression, so a constant expands. */
    Expr bareKey(Token t) {
        return switch (t.text().toLowerCase()) {
            case "exit", "die", "function" -> new Exprs.Literal(t.line(), t.text());
            default -> word(t);
        };
    }

    private Expr word(Token t) {
        String w = t.text();
        int line = t.line();
        switch (w.toLowerCase()) {
            case "true" -> {
                return new Exprs.Literal(line, Boolean.TRUE);
            }
            case "false" -> {
                return new Exprs.Literal(line, Boolean.FALSE);
            }
            case "null" -> {
                return new Exprs.Literal(line, null);
            }
            case "exit", "die" -> {
                return exit(t);
            }
            case "function" -> {
                if (peek().is("(")) {
                    return new Exprs.FunctionLit(line, functionBody(null, t));
                }
            }
            default -> {
            }
        }
        if (peek().is("(")) {
            next();
            Calls.Named call = new Calls.Named(line, w, arguments());
            calls.add(call);
            return call;
        }
        // Resolved at compile time, before any constant table, as the engine does.
        if (w.equals("__LINE__")) {
            return new Exprs.Literal(line, (long) line);
        }
        if (w.equals("__FUNCTION__")) {
            return new Exprs.Literal(line, functionName);
        }
        ConstRef ref = new ConstRef(line, w, scope);
        constRefs.add(ref);
        return ref;
    }

    /** {@code exit}, {@code exit(expr)} or, as the engine's statement form allows, {@code exit expr}. */
    private Expr exit(Token t) {
        Expr msg = null;
        if (accept("(")) {
            pendingOp = null;
            if (!accept(")")) {
                msg = expression();
                expect(")", "Missing right parenthesis ')'");
            }
        } else if (!endsExit(peek())) {
            msg = expression();
        }
        return new Calls.Exit(t.line(), msg);
    }

    private static boolean endsExit(Token t) {
        return t.kind() == Token.Kind.EOF || t.is(";") || t.is(")") || t.is("]") || t.is(",") || t.is("}")
                || t.is(":");
    }
}
