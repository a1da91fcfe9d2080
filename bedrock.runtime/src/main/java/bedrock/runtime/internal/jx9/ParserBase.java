package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Token cursor, error reporting and compile-time tables shared by the expression and statement parsers. */
abstract class ParserBase {
    /** Deepest nesting of expressions and blocks accepted; keeps the parser's own stack bounded. */
    static final int MAX_NESTING = 200;

    /** A compile error that abandons the current statement. */
    static final class ParseError extends RuntimeException {
        final transient Jx9Diagnostic diagnostic;

        ParseError(Jx9Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    final List<Token> tokens;
    final List<Jx9Diagnostic> errors;
    final Map<String, Jx9Function> functions = new HashMap<>();
    /** The script's constants in declaration order (get_defined_constants() shows it). */
    final Map<String, ScriptConstant> constants = new LinkedHashMap<>();
    final List<Calls.Named> calls = new ArrayList<>();
    final List<ConstRef> constRefs = new ArrayList<>();
    final Scope globalScope = new Scope(null);
    Scope scope = globalScope;
    /** What __FUNCTION__ gives where the parser is: null at script level. */
    String functionName;
    /** Anonymous functions seen so far; the engine names them [lambda_N]. */
    int lambdas;
    int pos;
    int nesting;
    /** The operator whose operand is being parsed, for "Missing operand" messages. */
    String pendingOp;

    ParserBase(List<Token> tokens, List<Jx9Diagnostic> errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean accept(String op) {
        if (peek().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean atEnd() {
        return peek().kind() == Token.Kind.EOF;
    }

    Token expect(String op, String message) {
        if (!peek().is(op)) {
            throw error(peek(), message);
        }
        return next();
    }

    ParseError error(Token at, String message) {
        return new ParseError(new Jx9Diagnostic(at.line(), at.column(), "Error", message));
    }

    ParseError unexpected(Token t) {
        if (t.kind() == Token.Kind.EOF) {
            return error(t, "Syntax error: Unexpected end of script");
        }
        return error(t, "Syntax error: Unexpected token '" + t.display() + "'");
    }

    void enterNesting(Token at) {
        if (++nesting > MAX_NESTING) {
            throw error(at, "Nesting too deep: more than " + MAX_NESTING + " levels");
        }
    }
}
