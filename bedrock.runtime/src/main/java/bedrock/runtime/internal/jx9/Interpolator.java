package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a double-quoted string: escapes ({@code \n \t \r \v \f \a \b \0 \\ \" \$ \xHH \oNNN})
 * and embedded variables {@code $v}, {@code $v.a.b}, {@code $v[1]}, {@code $v['k']}, {@code $v[$i]}.
 */
final class Interpolator {
    private final ExprParser parser;
    private final Token token;
    private final String raw;
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int i;

    Interpolator(ExprParser parser, Token token) {
        this.parser = parser;
        this.token = token;
        this.raw = token.text();
    }

    Expr parse() {
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                escape();
            } else if (c == '$' && i + 1 < raw.length() && Lexer.isIdentStart(raw.charAt(i + 1))) {
                flush();
                parts.add(variable());
            } else {
                text.append(c);
                i++;
            }
        }
        flush();
        if (parts.isEmpty()) {
            return new Exprs.Literal(token.line(), "");
        }
        if (parts.size() == 1 && parts.get(0) instanceof Exprs.Literal) {
            return parts.get(0);
        }
        return new Exprs.Interpolated(token.line(), parts);
    }

    private void flush() {
        if (text.length() > 0) {
            parts.add(new Exprs.Literal(token.line(), text.toString()));
            text.setLength(0);
        }
    }

    private void escape() {
        char e = raw.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'n' -> text.append('\n');
            case 't' -> text.append('\t');
            case 'r' -> text.append('\r');
            case 'v' -> text.append('\u000b');
            case 'f' -> text.append('\f');
            case 'a' -> text.append('\u0007');
            case 'b' -> text.append('\b');
            case '0' -> text.append('\0');
            case 'x' -> hex();
            case 'o' -> octal();
            // As in the engine, any other escaped character (\\ \" \$ \' too) stands for itself:
            // "\u00e9" is "u00e9".
            default -> text.append(e);
        }
    }

    /** {@code \o} and up to three octal digits; a zero value appends nothing, as in the engine. */
    private void octal() {
        int v = 0;
        int n = 0;
        while (n < 3 && i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '7') {
            v = v * 8 + raw.charAt(i++) - '0';
            n++;
        }
        if (n == 0) {
            text.append('o');
        } else if (v > 0) {
            text.append((char) (v & 0xff));
        }
    }

    private void hex() {
        int v = 0;
        int n = 0;
        while (n < 2 && i < raw.length() && Character.digit(raw.charAt(i), 16) >= 0) {
            v = v * 16 + Character.digit(raw.charAt(i++), 16);
            n++;
        }
        if (n == 0) {
            text.append('x');      // the engine drops the backslash of a \x without hex digits
        } else {
            text.append((char) v);
        }
    }

    private String ident() {
        int start = i;
        while (i < raw.length() && Lexer.isIdentPart(raw.charAt(i))) {
            i++;
        }
        return raw.substring(start, i);
    }

    private Expr variable() {
        i++;
        int line = token.line();
        Expr e = parser.scope.resolve(ident(), line);
        while (i + 1 < raw.length()) {
            char c = raw.charAt(i);
            if (c == '.' && Lexer.isIdentStart(raw.charAt(i + 1))) {
                i++;
                e = new Access.Member(line, e, ident());
            } else if (c == '[') {
                Expr key = indexKey();
                if (key == null) {
                    break;
                }
                e = new Access.Index(line, e, key);
            } else {
                break;
            }
        }
        return e;
    }

    /** Parses {@code [...]} at i; returns null (consuming nothing) when it is not an index. */
    private Expr indexKey() {
        int close = raw.indexOf(']', i);
        if (close < 0) {
            return null;
        }
        String in = raw.substring(i + 1, close);
        int line = token.line();
        Expr key = null;
        if (in.matches("-?\\d+")) {
            key = new Exprs.Literal(line, Jx9Array.normKey(in));
        } else if (in.length() >= 2 && (in.charAt(0) == '\'' || in.charAt(0) == '"')
                && in.charAt(in.length() - 1) == in.charAt(0)) {
            key = new Exprs.Literal(line, in.substring(1, in.length() - 1));
        } else if (in.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
            key = parser.scope.resolve(in.substring(1), line);
        } else if (in.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            key = new Exprs.Literal(line, in);
        }
        if (key != null) {
            i = close + 1;
        }
        return key;
    }
}
