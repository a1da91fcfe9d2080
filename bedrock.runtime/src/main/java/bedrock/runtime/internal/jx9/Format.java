package bedrock.runtime.internal.jx9;

import java.util.Locale;

/** {@code sprintf} formats: {@code %[n$][flags][width][.precision]conv}, conversions b c d e E f F g G o s u x X %. */
final class Format {
    private Format() {
    }

    static String sprintf(Frame f, Object[] args, int line) {
        String fmt = Builtins.str(args, 0);
        StringBuilder out = new StringBuilder();
        int next = 1;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%' || i >= fmt.length()) {
                out.append(c);
                continue;
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Spec s = new Spec();
            int specStart = i;
            i = s.parse(fmt, i);
            if (s.conv == 0) {
                // Not a conversion: the text is kept as written.
                out.append('%');
                i = specStart;
                continue;
            }
            int argIndex = s.position > 0 ? s.position : next++;
            out.append(s.render(Builtins.arg(args, argIndex)));
            Interp.checkLength(out.length());
        }
        return out.toString();
    }

    /** One parsed conversion specification. */
    private static final class Spec {
        int position;
        boolean left;
        boolean plus;
        char pad = ' ';
        int width;
        int precision = -1;
        char conv;

        int parse(String fmt, int i) {
            int start = i;
            int n = digits(fmt, i);
            if (n > i && n < fmt.length() && fmt.charAt(n) == '$') {
                position = Integer.parseInt(fmt.substring(i, n));
                i = n + 1;
            } else {
                i = start;
            }
            i = flags(fmt, i);
            n = digits(fmt, i);
            if (n > i) {
                width = Integer.parseInt(fmt.substring(i, Math.min(n, i + 6)));
                i = n;
            }
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                n = digits(fmt, i + 1);
                precision = n > i + 1 ? Integer.parseInt(fmt.substring(i + 1, Math.min(n, i + 4))) : 0;
                i = n;
            }
            if (i < fmt.length() && "bcdeEfFgGosuxX".indexOf(fmt.charAt(i)) >= 0) {
                conv = fmt.charAt(i++);
            }
            return i;
        }

        private int flags(String fmt, int i) {
            while (i < fmt.length()) {
                char c = fmt.charAt(i);
                if (c == '-') {
                    left = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == '0') {
                    pad = '0';
                } else if (c == ' ') {
                    pad = ' ';
                } else if (c == '\'' && i + 1 < fmt.length()) {
                    pad = fmt.charAt(++i);
                } else {
                    return i;
                }
                i++;
            }
            return i;
        }

        private static int digits(String s, int i) {
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            return i;
        }

        String render(Object v) {
            String body = switch (conv) {
                case 'd' -> sign(Values.toLong(v));
                case 'u' -> Long.toUnsignedString(Values.toLong(v));
                case 'b' -> Long.toBinaryString(Values.toLong(v));
                case 'o' -> Long.toOctalString(Values.toLong(v));
                case 'x' -> Long.toHexString(Values.toLong(v));
                case 'X' -> Long.toHexString(Values.toLong(v)).toUpperCase(Locale.ROOT);
                case 'c' -> String.valueOf((char) Values.toLong(v));
                case 'e', 'E', 'f', 'F', 'g', 'G' -> real(Values.toDouble(v));
                default -> string(Values.toStr(v));
            };
            return padded(body);
        }

        private String sign(long n) {
            return plus && n >= 0 ? "+" + n : Long.toString(n);
        }

        private String real(double d) {
            int p = precision < 0 ? 6 : precision;
            String s = switch (conv) {
                case 'e', 'E' -> String.format(Locale.ROOT, "%." + p + "e", d);
                case 'g', 'G' -> Values.formatDouble(d);
                default -> String.format(Locale.ROOT, "%." + p + "f", d);
            };
            if (Character.isUpperCase(conv)) {
                s = s.toUpperCase(Locale.ROOT);
            }
            return plus && d >= 0 ? "+" + s : s;
        }

        private String string(String s) {
            return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
        }

        private String padded(String body) {
            if (body.length() >= width) {
                return body;
            }
            String fill = String.valueOf(pad).repeat(width - body.length());
            if (left) {
                return body + (pad == '0' ? " ".repeat(fill.length()) : fill);
            }
            if (pad == '0' && (body.startsWith("-") || body.startsWith("+")) && conv != 's') {
                return body.charAt(0) + fill + body.substring(1);
            }
            return fill + body;
        }
    }
}
