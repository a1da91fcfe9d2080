package bedrock.runtime.internal.jx9;

/**
 * The engine's printf formatter (sprintf, printf, vsprintf, vprintf):
 * {@code %[flags][width][$][0][width][.precision]conv}, flags {@code - + space # 0 'c}, conversions
 * {@code d u x X o b c s f F e E g G %}; an unknown conversion prints '?'. As in the engine: a missing
 * argument is 0 (or, for %s, like an empty string, which prints one space); %x %o %b %u print the
 * magnitude of a negative number; {@code n$} picks an argument and the following ones continue from
 * it; a pad character chosen with {@code 'c} (or the 0 of a zero-padded %s) stays for the rest of the
 * format; a format ending inside a conversion drops it.
 */
final class Format {
    private static final int MAX_WIDTH = 1024 - 10;
    private static final int MAX_PRECISION = 1024 - 40;

    private final String fmt;
    private final Object[] args;
    private final boolean fromArray;
    private final StringBuilder out = new StringBuilder();
    private char padChar = ' ';
    private int next;
    private int i;

    private Format(String fmt, Object[] args, boolean fromArray) {
        this.fmt = fmt;
        this.args = args;
        this.fromArray = fromArray;
        this.next = fromArray ? 0 : 1;
    }

    /** sprintf(format, ...): "" unless the format is a non-empty string. */
    static String sprintf(Frame f, Object[] args, int line) {
        if (args.length < 1 || !(args[0] instanceof String s) || s.isEmpty()) {
            return "";
        }
        return new Format(s, args, false).run();
    }

    /** vsprintf(format, array): the array's values are the arguments. */
    static String vsprintf(Frame f, Object[] args, int line) {
        if (args.length < 2 || !(args[0] instanceof String s) || s.isEmpty()
                || !(args[1] instanceof Jx9Array a)) {
            return "";
        }
        f.in.charge(a.size());
        return new Format(s, ArrayLib.values(a), true).run();
    }

    /** {@code %.15g} of a real, exactly as the engine prints it. */
    static String general15(double d) {
        return new Format("%.15g", new Object[] {null, d}, false).run();
    }

    private char at(int k) {
        return k < fmt.length() ? fmt.charAt(k) : 0;
    }

    private Object nextArg() {
        return next < args.length ? args[next++] : null;
    }

    private boolean hasNextArg() {
        return next < args.length;
    }

    private String run() {
        int n = fmt.length();
        while (true) {
            int start = i;
            while (i < n && fmt.charAt(i) != '%') {
                i++;
            }
            out.append(fmt, start, i);
            if (i >= n) {
                break;
            }
            i++;
            Spec s = new Spec();
            if (!s.parse()) {
                break;
            }
            String body = s.render();
            pad(s, body);
            Interp.checkLength(out.length());
        }
        return out.toString();
    }

    private void pad(Spec s, String body) {
        String fill = body.length() < s.width ? String.valueOf(padChar).repeat(s.width - body.length()) : "";
        out.append(s.left ? "" : fill).append(body).append(s.left ? fill : "");
    }

    private int digits() {
        int v = 0;
        while (at(i) >= '0' && at(i) <= '9' && i < fmt.length()) {
            v = (int) Math.min(Integer.MAX_VALUE / 20, v * 10L + (fmt.charAt(i++) - '0'));
        }
        return v;
    }

    /** One conversion, parsed as the engine does. */
    final class Spec {
        boolean left;
        boolean plus;
        boolean blank;
        boolean alt;
        boolean zero;
        int width;
        int precision = -1;
        char conv;

        boolean parse() {
            int n = fmt.length();
            flags(n);
            width = digits();
            if (i < n && fmt.charAt(i) == '$') {
                if (width > 0) {
                    next = fromArray ? width - 1 : width;
                }
                i++;
                width = 0;
                if (i < n && fmt.charAt(i) == '0') {
                    zero = true;
                    i++;
                }
                width = digits();
            }
            width = Math.min(width, MAX_WIDTH);
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                precision = digits();
            }
            if (i >= n) {
                return false;
            }
            conv = fmt.charAt(i++);
            return true;
        }

        /** The flags, as the engine reads them: {@code 'c} picks the pad character. */
        private void flags(int n) {
            while (true) {
                char c = at(i);
                if (c == '-' || c == '+' || c == ' ' || c == '#' || c == '0') {
                    left |= c == '-';
                    plus |= c == '+';
                    blank |= c == ' ';
                    alt |= c == '#';
                    zero |= c == '0';
                } else if (c == '\'') {
                    if (++i >= n) {
                        return;
                    }
                    padChar = fmt.charAt(i);
                } else {
                    return;
                }
                if (i++ >= n) {
                    return;
                }
            }
        }

        String render() {
            return switch (conv) {
                case '%' -> "%";
                case 'c' -> String.valueOf((char) (hasNextArg() ? (int) Values.toLong(nextArg()) & 0xFF : 0));
                case 's' -> string();
                case 'd', 'u', 'x', 'X', 'o', 'b' -> radix();
                case 'f', 'F', 'e', 'E', 'g', 'G' -> FormatReal.render(this, Values.toDouble(nextArg()));
                default -> "?";
            };
        }

        private String string() {
            Object v = nextArg();
            String s = v == null ? "" : Values.toStr(v);
            if (s.isEmpty()) {
                s = " ";
            }
            if (precision >= 0 && precision < s.length()) {
                s = s.substring(0, precision);
            }
            if (zero) {
                padChar = '0';
            }
            return s;
        }

        private String radix() {
            long v = Values.toLong(nextArg());
            int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8 : conv == 'b' ? 2 : 16;
            boolean altForm = alt && v != 0;
            String prefix = "";
            if (v < 0) {
                v = v == Long.MIN_VALUE ? Long.MAX_VALUE : -v;
                prefix = conv == 'd' ? "-" : "";
            } else if (conv == 'd') {
                prefix = plus ? "+" : blank ? " " : "";
            }
            int prec = Math.min(precision, MAX_PRECISION);
            if (zero && prec < width - prefix.length()) {
                prec = width - prefix.length();
            }
            String digits = Long.toString(v, base);
            if (conv == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            StringBuilder sb = new StringBuilder();
            for (int k = digits.length(); k < prec; k++) {
                sb.append('0');
            }
            sb.append(digits);
            String body = prefix + sb;
            if (altForm) {
                String pre = switch (conv) {
                    case 'x' -> "0x";
                    case 'X' -> "0X";
                    case 'b' -> "0b";
                    case 'o' -> "0";
                    default -> "";
                };
                // The engine skips the prefix when the digits already start with its first letter.
                if (!pre.isEmpty() && body.charAt(0) != pre.charAt(pre.length() - 1)) {
                    body = pre + body;
                }
            }
            return body;
        }
    }
}
