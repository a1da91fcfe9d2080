package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/** Splits Jx9 source into tokens; reports bad characters as compile errors. */
final class Lexer {
    private static final String[] OPS = {
        "===", "!==", "<<=", ">>=", "==", "!=", "<>", "<=", ">=", "&&", "||", "++", "--", "+=", "-=",
        "*=", "/=", "%=", ".=", "&=", "|=", "^=", "<<", ">>", "..", "=>", "+", "-", "*", "/", "%", "=",
        "<", ">", "!", ".", ",", ";", "(", ")", "[", "]", "{", "}", "?", ":", "&", "|", "^", "~",
    };

    private final String src;
    private final List<Jx9Diagnostic> errors;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String src, List<Jx9Diagnostic> errors) {
        this.src = src;
        this.errors = errors;
    }

    List<Token> tokenize() {
        while (true) {
            skipBlanks();
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.EOF, "", null, line, col(pos)));
                return out;
            }
            next();
        }
    }

    private int col(int p) {
        return p - lineStart + 1;
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline(pos);
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#' || src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                end = end < 0 ? src.length() : end + 2;
                countLines(pos, end);
                pos = end;
            } else {
                return;
            }
        }
    }

    private void newline(int at) {
        line++;
        lineStart = at + 1;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                newline(i);
            }
        }
    }

    private void next() {
        char c = src.charAt(pos);
        int startLine = line;
        int startCol = col(pos);
        if (c == '$' && pos + 1 < src.length() && isIdentStart(src.charAt(pos + 1))) {
            int end = identEnd(pos + 1);
            add(Token.Kind.VAR, src.substring(pos + 1, end), null, startLine, startCol);
            pos = end;
        } else if (isIdentStart(c)) {
            int end = identEnd(pos);
            add(Token.Kind.IDENT, src.substring(pos, end), null, startLine, startCol);
            pos = end;
        } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1))
                && !prevIsOperand())) {
            number(startLine, startCol);
        } else if (c == '\'' || c == '"') {
            quoted(c, startLine, startCol);
        } else if (src.startsWith("<<<", pos)) {
            heredoc(startLine, startCol);
        } else {
            operator(startLine, startCol);
        }
    }

    /** After a variable or ")" a dot is member access / concatenation, never a number. */
    private boolean prevIsOperand() {
        if (out.isEmpty()) {
            return false;
        }
        Token t = out.get(out.size() - 1);
        return t.kind() == Token.Kind.VAR || t.kind() == Token.Kind.IDENT || t.is(")") || t.is("]");
    }

    private void add(Token.Kind kind, String text, Object value, int l, int c) {
        out.add(new Token(kind, text, value, l, c));
    }

    private void operator(int l, int c) {
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                add(Token.Kind.OP, op, null, l, c);
                pos += op.length();
                return;
            }
        }
        errors.add(new Jx9Diagnostic(l, c, "Error",
                "Syntax error: Unexpected token '" + src.charAt(pos) + "'"));
        pos++;
    }

    private void number(int l, int c) {
        int start = pos;
        if (src.charAt(pos) == '0' && pos + 1 < src.length()
                && "xXbB".indexOf(src.charAt(pos + 1)) >= 0) {
            int radix = Character.toLowerCase(src.charAt(pos + 1)) == 'x' ? 16 : 2;
            pos += 2;
            while (pos < src.length() && Character.digit(src.charAt(pos), radix) >= 0) {
                pos++;
            }
            add(Token.Kind.INT, src.substring(start, pos), NumberText.parse(src.substring(start, pos)), l, c);
            return;
        }
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++;
        }
        boolean real = false;
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && isDigit(src.charAt(pos + 1))) {
            real = true;
            pos++;
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        real |= exponent();
        String text = src.substring(start, pos);
        Object v = real ? (Object) Double.parseDouble(text) : integer(text);
        add(v instanceof Double ? Token.Kind.FLOAT : Token.Kind.INT, text, v, l, c);
    }

    private boolean exponent() {
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int j = pos + 1;
            if (j < src.length() && (src.charAt(j) == '+' || src.charAt(j) == '-')) {
                j++;
            }
            if (j < src.length() && isDigit(src.charAt(j))) {
                pos = j;
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
                return true;
            }
        }
        return false;
    }

    /** Integer literal: a leading 0 means octal; too big for 64 bits becomes a real. */
    private static Object integer(String text) {
        if (text.length() > 1 && text.charAt(0) == '0') {
            return NumberText.parse(text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Double.parseDouble(text);
        }
    }

    /** An unterminated string runs to the end of the script, as in Jx9. */
    private void quoted(char q, int l, int c) {
        int start = ++pos;
        while (pos < src.length() && src.charAt(pos) != q) {
            if (src.charAt(pos) == '\\' && pos + 1 < src.length()) {
                pos++;
            }
            pos++;
        }
        int end = Math.min(pos, src.length());
        String raw = src.substring(start, end);
        countLines(start, end);
        pos = Math.min(pos + 1, src.length());
        if (q == '\'') {
            add(Token.Kind.STRING, raw, unescapeSingle(raw), l, c);
        } else {
            add(Token.Kind.DQSTRING, raw, null, l, c);
        }
    }

    private static String unescapeSingle(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length() && (raw.charAt(i + 1) == '\'' || raw.charAt(i + 1) == '\\')) {
                ch = raw.charAt(++i);
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** Heredoc/nowdoc: {@code <<<ID ... ID}; the text is taken literally. */
    private void heredoc(int l, int c) {
        int p = pos + 3;
        while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        boolean quotedId = p < src.length() && (src.charAt(p) == '"' || src.charAt(p) == '\'');
        int idStart = quotedId ? p + 1 : p;
        int idEnd = identEnd(idStart);
        int nl = src.indexOf('\n', idEnd);
        if (idEnd == idStart || nl < 0) {
            operator(l, c);
            return;
        }
        String id = src.substring(idStart, idEnd);
        int bodyStart = nl + 1;
        int[] end = findHeredocEnd(id, bodyStart);
        String body = src.substring(bodyStart, Math.max(bodyStart, end[0] - 1));
        int after = Math.min(src.length(), end[1] + id.length());
        countLines(pos, after);
        add(Token.Kind.STRING, body, body, l, c);
        pos = after;
    }

    /** Returns {start of the closing line, position of the closing identifier}. */
    private int[] findHeredocEnd(String id, int from) {
        int p = from;
        while (p < src.length()) {
            int q = p;
            while (q < src.length() && (src.charAt(q) == ' ' || src.charAt(q) == '\t')) {
                q++;
            }
            if (src.startsWith(id, q) && identEnd(q) == q + id.length()) {
                return new int[] {p, q};
            }
            int nl = src.indexOf('\n', p);
            if (nl < 0) {
                break;
            }
            p = nl + 1;
        }
        return new int[] {src.length() + 1, src.length()};
    }

    private int identEnd(int p) {
        while (p < src.length() && isIdentPart(src.charAt(p))) {
            p++;
        }
        return p;
    }

    static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
