package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's own JSON text, used by {@code json_encode}, {@code json_decode} and the conversion
 * of arrays to strings (a query's result keeps strict JSON, see {@link Json}).
 *
 * <p>Encoding escapes only {@code "} and {@code \} in strings (control and non-ASCII characters
 * are written as they are), writes object keys verbatim, and leaves out entries nested deeper
 * than 32 levels. Decoding is lenient the engine's way: bare words are strings, {@code true},
 * {@code false} and {@code null} in any case, extra commas are skipped, a missing closing bracket
 * is forgiven, text after the first value is ignored; an unknown character, an unterminated
 * string, a bad object key or a value enclosed in more than 31 containers gives null.
 */
final class EngineJson {
    /** The engine's nesting bound for both directions. */
    private static final int MAX_DEPTH = 31;

    private EngineJson() {
    }

    static String encode(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int depth) {
        if (v instanceof String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        } else if (v instanceof Jx9Array a) {
            boolean obj = a.isObject();
            sb.append(obj ? '{' : '[');
            for (int i = 0; i < a.size() && depth <= MAX_DEPTH; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                if (obj) {
                    String k = a.keyAt(i).toString();
                    sb.append(k.isEmpty() ? "null" : '"' + k + '"').append(':');
                }
                write(sb, a.valueAt(i), depth + 1);
            }
            sb.append(obj ? '}' : ']');
        } else if (v instanceof Jx9Function f) {
            write(sb, f.name(), depth);
        } else {
            sb.append(v == null ? "null" : Values.toStr(v));
        }
    }

    /** json_decode: null for anything but a non-empty string, and for text the engine rejects. */
    static Object decode(Object arg) {
        if (!(arg instanceof String s) || s.isEmpty()) {
            return null;
        }
        List<String> tokens = tokenize(s);
        if (tokens == null || tokens.isEmpty()) {
            return null;
        }
        Decoder d = new Decoder(tokens);
        try {
            return d.value(0);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Tokens as text: punctuation as itself, strings with their opening quote (and no closing
     * one), numbers and words as they are; null when the engine's tokenizer rejects the input.
     */
    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && s.charAt(i) < 0x80 && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            char c = s.charAt(i);
            int start = i;
            if (isWordChar(c) && !isDigit(c)) {
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
            } else if ("{}[]:,".indexOf(c) >= 0) {
                i++;
            } else if (c == '"') {
                i++;
                while (i < n && !(s.charAt(i) == '"' && s.charAt(i - 1) != '\\')) {
                    i++;
                }
                if (i >= n) {
                    return null;    // unterminated string
                }
                out.add(s.substring(start, i++));
                continue;
            } else if (isDigit(c) || c == '-' || c == '+') {
                i = number(s, i + 1);
            } else {
                return null;        // the engine's "unexpected token"
            }
            out.add(s.substring(start, i));
        }
    }

    private static int number(String s, int i) {
        i = digits(s, i);
        if (i < s.length() && s.charAt(i) == '.') {
            i = digits(s, i + 1);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            i = digits(s, i);
        }
        return i;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c >= 0x80 || c == '_' || Character.isLetterOrDigit(c) && c < 0x80;
    }

    /** Recursive descent over the tokens; IllegalArgumentException means "give null". */
    private static final class Decoder {
        private final List<String> tokens;
        private int pos;

        Decoder(List<String> tokens) {
            this.tokens = tokens;
        }

        private String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        Object value(int depth) {
            String t = peek();
            if (depth > MAX_DEPTH || t == null) {
                throw new IllegalArgumentException();
            }
            pos++;
            return switch (t) {
                case "[" -> list(depth);
                case "{" -> object(depth);
                case "]", "}", ":", "," -> throw new IllegalArgumentException();
                default -> scalar(t);
            };
        }

        private Object list(int depth) {
            Jx9Array a = new Jx9Array();
            while (true) {
                skipCommas();
                if (peek() == null || peek().equals("]")) {
                    pos++;
                    return a;
                }
                a.append(value(depth + 1));
                if (peek() != null && !peek().equals("]") && !peek().equals(",")) {
                    throw new IllegalArgumentException();
                }
            }
        }

        /** An object is a plain array until its first (string) key makes it an object, as in the engine. */
        private Object object(int depth) {
            Jx9Array a = new Jx9Array();
            while (true) {
                skipCommas();
                if (peek() == null || peek().equals("}")) {
                    pos++;
                    return a;
                }
                String k = peek();
                boolean word = isWordChar(k.charAt(0)) && !isDigit(k.charAt(0));
                if (!(word || k.charAt(0) == '"') || pos + 1 >= tokens.size() || !tokens.get(pos + 1).equals(":")) {
                    throw new IllegalArgumentException();
                }
                pos += 2;
                String key = word ? k : dequote(k.substring(1));
                Object v = value(depth + 1);
                a.objectLiteral = true;
                a.put(Jx9Array.normKey(key), v);
            }
        }

        private void skipCommas() {
            while (",".equals(peek())) {
                pos++;
            }
        }

        private static Object scalar(String t) {
            char c = t.charAt(0);
            if (c == '"') {
                return dequote(t.substring(1));
            }
            if (isDigit(c) || c == '-' || c == '+') {
                return number(t);
            }
            return switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> t;
            };
        }
    }

    /**
     * A JSON number the way the engine reads a numeric string (so {@code 012} is octal); a decimal
     * integer that fits stays an integer up to the 64-bit maximum, a longer one becomes a real (the
     * engine keeps only its first 19 digits).
     */
    private static Object number(String t) {
        int d = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
        if (t.length() > d && t.charAt(d) != '0' && digits(t, d) == t.length()) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return Values.toNumber(t);
            }
        }
        return Values.toNumber(t);
    }

    /**
     * The engine's unescaping: {@code \" \\ \n \r \t \f}; any other escaped character stands for
     * itself ({@code \/} is {@code /}, {@code \b} is {@code b}). {@code \}{@code uXXXX} is decoded
     * (the engine leaves it as "uXXXX": a bug we do not copy).
     */
    static String dequote(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length()) {
                break;
            }
            c = s.charAt(i);
            if (c == 'u' && i + 4 < s.length() && isHex(s, i + 1)) {
                int cp = Integer.parseInt(s.substring(i + 1, i + 5), 16);
                i += 4;
                if (Character.isHighSurrogate((char) cp) && i + 6 < s.length() && s.charAt(i + 1) == '\\'
                        && s.charAt(i + 2) == 'u' && isHex(s, i + 3)) {
                    int low = Integer.parseInt(s.substring(i + 3, i + 7), 16);
                    if (Character.isLowSurrogate((char) low)) {
                        cp = Character.toCodePoint((char) cp, (char) low);
                        i += 6;
                    }
                }
                Bytes.appendUtf8(sb, cp);
                continue;
            }
            sb.append(switch (c) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'f' -> '\f';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
