package bedrock.runtime.internal.jx9;

/**
 * Reads numbers out of strings the way Jx9 does: leading blanks skipped, {@code 0x} hexadecimal,
 * {@code 0b} binary, a leading {@code 0} octal, otherwise decimal; a fraction or exponent makes a
 * real. Trailing garbage is ignored ("12abc" is 12); no digits at all gives 0.
 */
final class NumberText {
    private NumberText() {
    }

    static Object parse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (i + 1 < n && s.charAt(i) == '0') {
            char c = s.charAt(i + 1);
            if (c == 'x' || c == 'X') {
                return signed(radix(s, i + 2, 16), neg);
            }
            if (c == 'b' || c == 'B') {
                return signed(radix(s, i + 2, 2), neg);
            }
            if (c >= '0' && c <= '7') {
                return signed(radix(s, i + 1, 8), neg);
            }
        }
        return decimal(s, i, neg);
    }

    private static Object signed(long v, boolean neg) {
        return neg ? -v : v;
    }

    private static long radix(String s, int i, int radix) {
        long v = 0;
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                break;
            }
            v = v * radix + d;
        }
        return v;
    }

    private static Object decimal(String s, int start, boolean neg) {
        int n = s.length();
        int i = start;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intEnd = i;
        boolean real = false;
        if (i < n && s.charAt(i) == '.' && i + 1 < n && isDigit(s.charAt(i + 1))) {
            real = true;
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i > start && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                real = true;
                i = j;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        if (i == start) {
            return 0L;
        }
        String text = s.substring(start, i);
        if (!real && intEnd - start < 19) {
            long v = Long.parseLong(text);
            return neg ? -v : v;
        }
        double d = Double.parseDouble(text);
        return neg ? -d : d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** is_numeric(): the whole string (blanks around allowed) is a decimal, real or hex number. */
    static boolean isNumeric(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return false;
        }
        if (t.matches("[+-]?0[xX][0-9a-fA-F]+")) {
            return true;
        }
        return t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
