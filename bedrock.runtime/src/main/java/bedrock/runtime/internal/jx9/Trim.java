package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.str;

/**
 * trim, ltrim and rtrim as the engine implements them. Without a list they strip blanks and NUL;
 * with one they strip its characters (taken literally: the engine has no {@code a..z} ranges). The
 * engine's right-hand scan with a list stops one character short, so whenever a single character
 * would remain (or the string has only one), the answer is the empty string: {@code trim("axa", "a")}
 * is {@code ""} and {@code rtrim("ab", "b")} is {@code ""}. We keep that, since scripts see it.
 */
final class Trim {
    private Trim() {
    }

    static Object trim(Object[] a, boolean left, boolean right) {
        if (a.length < 1) {
            return null;
        }
        String s = str(a, 0);
        if (s.isEmpty()) {
            return "";
        }
        if (a.length < 2) {
            return blanks(s, left, right);
        }
        String list = str(a, 1);
        if (list.isEmpty()) {
            return s;
        }
        int b = 0;
        if (left) {
            while (b < s.length() && list.indexOf(s.charAt(b)) >= 0) {
                b++;
            }
            if (!right) {
                return s.substring(b);
            }
        }
        // The engine's right scan: its end never passes the start, and meeting it gives "".
        int e = s.length() - 1;
        while (e > b && list.indexOf(s.charAt(e)) >= 0) {
            e--;
        }
        return b >= e ? "" : s.substring(b, e + 1);
    }

    private static String blanks(String s, boolean left, boolean right) {
        int b = 0;
        int e = s.length();
        while (left && b < e && isBlank(s.charAt(b))) {
            b++;
        }
        while (right && e > b && isBlank(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isBlank(char c) {
        return c == 0 || c == ' ' || (c >= '\t' && c <= '\r');
    }
}
