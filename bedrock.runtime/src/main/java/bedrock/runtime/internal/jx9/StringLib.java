package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.str;

import java.util.Locale;
import java.util.Map;

/**
 * String built-ins, following the engine's implementation (arguments become strings the Jx9 way:
 * arrays as JSON text). Case mapping is ASCII-only, as in the engine.
 */
final class StringLib {
    private StringLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("strlen", (f, a, l) -> (long) str(a, 0).length());
        t.put("substr", StringLib::substr);
        t.put("strtoupper", (f, a, l) -> a.length < 1 ? null : asciiCase(str(a, 0), true));
        t.put("strtolower", (f, a, l) -> a.length < 1 ? null : asciiCase(str(a, 0), false));
        t.put("mb_strtoupper", t.get("strtoupper"));
        t.put("mb_strtolower", t.get("strtolower"));
        t.put("ucfirst", (f, a, l) -> firstChar(str(a, 0), true));
        t.put("lcfirst", (f, a, l) -> firstChar(str(a, 0), false));
        t.put("ucwords", (f, a, l) -> ucwords(str(a, 0)));
        t.put("str_replace", (f, a, l) -> StringReplace.replace(f, a, false));
        t.put("str_ireplace", (f, a, l) -> StringReplace.replace(f, a, true));
        t.put("implode", (f, a, l) -> Implode.implode(f, a, false));
        t.put("join", t.get("implode"));
        t.put("implode_recursive", (f, a, l) -> Implode.implode(f, a, true));
        t.put("join_recursive", t.get("implode_recursive"));
        t.put("explode", StringLib::explode);
        t.put("trim", (f, a, l) -> Trim.trim(a, true, true));
        t.put("ltrim", (f, a, l) -> Trim.trim(a, true, false));
        t.put("rtrim", (f, a, l) -> Trim.trim(a, false, true));
        t.put("chop", t.get("rtrim"));
        t.put("str_contains", (f, a, l) -> str(a, 0).contains(str(a, 1)));
        t.put("str_starts_with", (f, a, l) -> str(a, 0).startsWith(str(a, 1)));
        t.put("str_ends_with", (f, a, l) -> str(a, 0).endsWith(str(a, 1)));
        t.put("strcmp", (f, a, l) -> compare(a, Integer.MAX_VALUE, false));
        t.put("strcoll", t.get("strcmp"));
        t.put("strcasecmp", (f, a, l) -> compare(a, Integer.MAX_VALUE, true));
        t.put("strncmp", (f, a, l) -> a.length < 3 ? compare(a, Integer.MAX_VALUE, false)
                : compare(a, (int) Values.toLong(a[2]), false));
        t.put("vsprintf", Format::vsprintf);
        t.put("vprintf", (f, a, l) -> {
            String s = Format.vsprintf(f, a, l);
            f.in.print(s);
            return (long) s.length();
        });
        t.put("strncasecmp", (f, a, l) -> a.length < 3 ? compare(a, Integer.MAX_VALUE, true)
                : compare(a, (int) Values.toLong(a[2]), true));
    }

    /**
     * The engine's substr: false without a start, for an empty string or a start outside it; a
     * negative length counts from the end, and one that leaves nothing takes the rest instead.
     */
    private static Object substr(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return false;
        }
        String s = str(a, 0);
        int n = s.length();
        int off = (int) Values.toLong(a[1]);
        if (n < 1 || off >= n || n + (long) off < 0) {
            return false;
        }
        if (off < 0) {
            off += n;
        }
        int len = n - off;
        if (a.length > 2) {
            len = (int) Values.toLong(a[2]);
            if (len == 0) {
                return "";
            }
            if (len < 0) {
                len = n + len - off;
                if (len < 1) {
                    len = n - off;
                }
            }
            if ((long) len + off > n) {
                len = n - off;
            }
        }
        return s.substring(off, off + len);
    }

    static String asciiCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(asciiCase(s.charAt(i), upper));
        }
        return sb.toString();
    }

    static char asciiCase(char c, boolean upper) {
        if (upper && c >= 'a' && c <= 'z') {
            return (char) (c - 32);
        }
        if (!upper && c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c;
    }

    private static String firstChar(String s, boolean upper) {
        if (s.isEmpty()) {
            return s;
        }
        return asciiCase(s.charAt(0), upper) + s.substring(1);
    }

    private static String ucwords(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || Character.isWhitespace(sb.charAt(i - 1))) {
                sb.setCharAt(i, asciiCase(sb.charAt(i), true));
            }
        }
        return sb.toString();
    }

    /**
     * The engine's explode: false for an empty separator or string; empty pieces are dropped; a
     * negative limit counts as its absolute value and 0 as 1.
     */
    private static Object explode(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return false;
        }
        String sep = str(a, 0);
        String s = str(a, 1);
        if (sep.isEmpty() || s.isEmpty()) {
            return false;
        }
        long limit = Integer.MAX_VALUE;
        if (a.length > 2) {
            limit = Math.abs((long) (int) Values.toLong(a[2]));
            limit = Math.max(1, limit);
        }
        limit--;
        Jx9Array r = new Jx9Array();
        int from = 0;
        while (from < s.length()) {
            f.in.step();
            int at = s.indexOf(sep, from);
            if (at < 0 || limit <= r.size()) {
                r.append(s.substring(from));
                break;
            }
            if (at > from) {
                r.append(s.substring(from, at));
            }
            from = at + sep.length();
        }
        return r;
    }

    /**
     * strcmp and friends answer the difference of the first differing characters (0 past {@code n});
     * an empty side answers -1 or 1 first, and fewer than two arguments answer 0 or 1.
     */
    private static Object compare(Object[] a, int n, boolean ignoreCase) {
        if (a.length < 2) {
            return a.length == 0 ? 0L : 1L;
        }
        if (n < 0) {
            return -1L;
        }
        String x = str(a, 0);
        String y = str(a, 1);
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() ? (y.isEmpty() ? 0L : -1L) : 1L;
        }
        for (int i = 0; i < n; i++) {
            int c = i < x.length() ? x.charAt(i) : 0;
            int d = i < y.length() ? y.charAt(i) : 0;
            if (ignoreCase) {
                c = asciiCase((char) c, false);
                d = asciiCase((char) d, false);
            }
            if (c != d || c == 0) {
                return (long) (c - d);
            }
        }
        return 0L;
    }

    /** Reads an argument the way the engine's {@code jx9_value_to_int} does (a 32-bit integer). */
    static int int32(Object[] a, int i) {
        return (int) Values.toLong(arg(a, i));
    }
}
