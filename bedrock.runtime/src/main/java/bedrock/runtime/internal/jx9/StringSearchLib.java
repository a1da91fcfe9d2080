package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.str;
import static bedrock.runtime.internal.jx9.StringLib.int32;

import java.util.Map;

/** Searching built-ins (strpos family, strstr family, strpbrk, strspn, substr_count, ...) as the engine has them. */
final class StringSearchLib {
    private StringSearchLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("strpos", (f, a, l) -> position(a, false));
        t.put("stripos", (f, a, l) -> position(a, true));
        t.put("strrpos", (f, a, l) -> lastPosition(a, false));
        t.put("strripos", (f, a, l) -> lastPosition(a, true));
        t.put("strstr", (f, a, l) -> strstr(a, false));
        t.put("strchr", t.get("strstr"));
        t.put("stristr", (f, a, l) -> strstr(a, true));
        t.put("strrchr", StringSearchLib::strrchr);
        t.put("strpbrk", StringSearchLib::strpbrk);
        t.put("strspn", (f, a, l) -> span(a, true));
        t.put("strcspn", (f, a, l) -> span(a, false));
        t.put("substr_count", StringSearchLib::substrCount);
        t.put("substr_compare", StringSearchLib::substrCompare);
    }

    /** The first occurrence of {@code n} in {@code h} at or after {@code from}; ASCII case folding on request. */
    static int find(String h, String n, int from, boolean ignoreCase) {
        return ignoreCase ? StringLib.asciiCase(h, false).indexOf(StringLib.asciiCase(n, false), from)
                : h.indexOf(n, from);
    }

    /** A negative offset counts as positive, one past the end as 0. */
    private static Object position(Object[] a, boolean ignoreCase) {
        if (a.length < 2) {
            return false;
        }
        String h = str(a, 0);
        String n = str(a, 1);
        int start = a.length > 2 ? Math.abs(int32(a, 2)) : 0;
        if (start >= h.length()) {
            start = 0;
        }
        if (h.length() - start < 1 || n.isEmpty()) {
            return false;
        }
        int at = find(h, n, start, ignoreCase);
        return at < 0 ? Boolean.FALSE : (Object) (long) at;
    }

    /**
     * The engine scans backwards from the last character down to just after the start, so a match at
     * the very start (position 0 without an offset) is never found; a negative offset cuts the end.
     */
    private static Object lastPosition(Object[] a, boolean ignoreCase) {
        if (a.length < 2) {
            return false;
        }
        String h = str(a, 0);
        String n = str(a, 1);
        int low = 0;
        int end = h.length();
        if (a.length > 2) {
            int off = int32(a, 2);
            if (Math.abs((long) off) >= end) {
                return false;
            }
            if (off < 0) {
                end += off;
            } else {
                low = off;
            }
        }
        if (end - low < 1 || n.isEmpty()) {
            return false;
        }
        String hay = ignoreCase ? StringLib.asciiCase(h.substring(0, end), false) : h.substring(0, end);
        String needle = ignoreCase ? StringLib.asciiCase(n, false) : n;
        int at = hay.lastIndexOf(needle);
        return at > low ? (Object) (long) at : Boolean.FALSE;
    }

    private static Object strstr(Object[] a, boolean ignoreCase) {
        if (a.length < 2) {
            return false;
        }
        String h = str(a, 0);
        String n = str(a, 1);
        int at = h.isEmpty() || n.isEmpty() ? -1 : find(h, n, 0, ignoreCase);
        if (at < 0) {
            return false;
        }
        return a.length > 2 && int32(a, 2) != 0 ? h.substring(0, at) : h.substring(at);
    }

    /** strrchr(haystack, char): a string needle gives its first character, anything else a code. */
    private static Object strrchr(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return false;
        }
        String h = str(a, 0);
        int c = a[1] instanceof String s ? (s.isEmpty() ? 0 : s.charAt(0)) : int32(a, 1);
        int at = h.isEmpty() || c == 0 ? -1 : h.lastIndexOf(c);
        return at < 0 ? Boolean.FALSE : h.substring(at);
    }

    private static Object strpbrk(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return false;
        }
        String s = str(a, 0);
        String list = str(a, 1);
        int best = -1;
        for (int i = 0; i < list.length() && !s.isEmpty(); i++) {
            int at = s.indexOf(list.charAt(i));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best < 0 ? Boolean.FALSE : s.substring(best);
    }

    /**
     * strspn/strcspn: the engine measures only the first blank-separated token of the (offset, length)
     * window, so leading blanks are skipped and a blank ends the span. An empty mask gives strcspn the
     * whole length and strspn 0.
     */
    private static Object span(Object[] a, boolean inMask) {
        if (a.length < 2) {
            return 0L;
        }
        String s = str(a, 0);
        String mask = str(a, 1);
        if (s.isEmpty() || (inMask && mask.isEmpty())) {
            return 0L;
        }
        if (mask.isEmpty()) {
            return (long) s.length();
        }
        int b = 0;
        int e = s.length();
        if (a.length > 2) {
            int off = int32(a, 2);
            if (off < 0 ? e + off <= 0 : off >= e) {
                return 0L;
            }
            b = off < 0 ? e + off : off;
            int len = a.length > 3 ? int32(a, 3) : 0;
            if (len > 0 && len < e - b) {
                e = b + len;
            }
        }
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        int i = b;
        while (i < e && !isSpace(s.charAt(i)) && (mask.indexOf(s.charAt(i)) >= 0) == inMask) {
            i++;
        }
        return (long) (i - b);
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static Object substrCount(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return 0L;
        }
        String h = str(a, 0);
        String n = str(a, 1);
        if (h.isEmpty() || n.isEmpty() || n.length() > h.length()) {
            return 0L;
        }
        int b = 0;
        int e = h.length();
        if (a.length > 2) {
            b = int32(a, 2);
            if (b < 0 || b > e) {
                return 0L;
            }
        }
        if (a.length > 3) {
            int len = int32(a, 3);
            if (len < 0 || len > e - b) {
                return 0L;
            }
            e = b + len;
        }
        String window = h.substring(b, e);
        long c = 0;
        for (int at = window.indexOf(n); at >= 0; at = window.indexOf(n, at + n.length())) {
            f.in.step();
            c++;
        }
        return c;
    }

    private static Object substrCompare(Frame f, Object[] a, int line) {
        if (a.length < 3) {
            return false;
        }
        String s = str(a, 0);
        String sub = str(a, 1);
        if (s.isEmpty() || sub.isEmpty() || sub.length() > s.length()) {
            return false;
        }
        int n = s.length();
        int off = int32(a, 2);
        if (off < 0 ? n + (long) off < 0 : off >= n) {
            return false;
        }
        off = off < 0 ? n + off : off;
        int len = n - off;
        boolean ci = false;
        if (a.length > 3) {
            len = int32(a, 3);
            if (len < 1) {
                return 1L;
            }
            len = Math.min(len, n - off);
            ci = Values.truthy(arg(a, 4));
        }
        for (int i = 0; i < len; i++) {
            int c = off + i < n ? s.charAt(off + i) : 0;
            int d = i < sub.length() ? sub.charAt(i) : 0;
            if (ci) {
                c = StringLib.asciiCase((char) c, false);
                d = StringLib.asciiCase((char) d, false);
            }
            if (c != d || c == 0) {
                return (long) (c - d);
            }
        }
        return 0L;
    }
}
