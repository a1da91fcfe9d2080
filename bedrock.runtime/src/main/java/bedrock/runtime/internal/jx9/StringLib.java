package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;
import static bedrock.runtime.internal.jx9.Builtins.str;

import java.util.Locale;
import java.util.Map;

/** String built-ins; arguments are coerced to strings the Jx9 way (arrays become JSON text). */
final class StringLib {
    private StringLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("strlen", (f, a, l) -> (long) str(a, 0).length());
        t.put("substr", StringLib::substr);
        t.put("strtoupper", (f, a, l) -> str(a, 0).toUpperCase(Locale.ROOT));
        t.put("strtolower", (f, a, l) -> str(a, 0).toLowerCase(Locale.ROOT));
        t.put("ucfirst", (f, a, l) -> firstChar(str(a, 0), true));
        t.put("lcfirst", (f, a, l) -> firstChar(str(a, 0), false));
        t.put("ucwords", (f, a, l) -> ucwords(str(a, 0)));
        t.put("str_replace", StringReplace::replace);
        t.put("implode", StringLib::implode);
        t.put("join", StringLib::implode);
        t.put("explode", StringLib::explode);
        t.put("trim", (f, a, l) -> trim(str(a, 0), a.length > 1 ? str(a, 1) : null, true, true));
        t.put("ltrim", (f, a, l) -> trim(str(a, 0), a.length > 1 ? str(a, 1) : null, true, false));
        t.put("rtrim", (f, a, l) -> trim(str(a, 0), a.length > 1 ? str(a, 1) : null, false, true));
        t.put("chop", t.get("rtrim"));
        t.put("strpos", (f, a, l) -> position(a, false, false));
        t.put("stripos", (f, a, l) -> position(a, true, false));
        t.put("strrpos", (f, a, l) -> position(a, false, true));
        t.put("strstr", StringLib::strstr);
        t.put("str_contains", (f, a, l) -> str(a, 0).contains(str(a, 1)));
        t.put("str_starts_with", (f, a, l) -> str(a, 0).startsWith(str(a, 1)));
        t.put("str_ends_with", (f, a, l) -> str(a, 0).endsWith(str(a, 1)));
        t.put("str_repeat", StringLib::repeat);
        t.put("str_pad", StringLib::pad);
        t.put("str_split", StringLib::split);
        t.put("strrev", (f, a, l) -> new StringBuilder(str(a, 0)).reverse().toString());
        t.put("substr_count", StringLib::substrCount);
        t.put("strcmp", (f, a, l) -> (long) Integer.signum(Values.compareBytes(str(a, 0), str(a, 1))));
        t.put("strcasecmp", (f, a, l) -> (long) Integer.signum(Values.compareBytes(
                str(a, 0).toLowerCase(Locale.ROOT), str(a, 1).toLowerCase(Locale.ROOT))));
        t.put("strncmp", (f, a, l) -> {
            int n = (int) Math.max(0, Builtins.lng(a, 2, 0));
            String x = str(a, 0);
            String y = str(a, 1);
            return (long) Integer.signum(Values.compareBytes(
                    x.substring(0, Math.min(n, x.length())), y.substring(0, Math.min(n, y.length()))));
        });
    }

    /** PHP-style substr: negative start counts from the end, negative length drops from the end. */
    private static Object substr(Frame f, Object[] a, int line) {
        String s = str(a, 0);
        int n = s.length();
        long start = Builtins.lng(a, 1, 0);
        if (start < 0) {
            start = Math.max(0, n + start);
        }
        if (start > n) {
            return "";
        }
        long len = Builtins.lng(a, 2, n);
        long end = len < 0 ? n + len : Math.min(n, start + len);
        return end <= start ? "" : s.substring((int) start, (int) end);
    }

    private static String firstChar(String s, boolean upper) {
        if (s.isEmpty()) {
            return s;
        }
        String c = s.substring(0, 1);
        return (upper ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT)) + s.substring(1);
    }

    private static String ucwords(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || Character.isWhitespace(sb.charAt(i - 1))) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
        return sb.toString();
    }

    /** implode(glue, array) or implode(array, glue). */
    private static Object implode(Frame f, Object[] a, int line) {
        Object x = arg(a, 0);
        Object y = arg(a, 1);
        Jx9Array arr = x instanceof Jx9Array xa ? xa : y instanceof Jx9Array ya ? ya : null;
        if (arr == null) {
            return null;
        }
        String glue = Values.toStr(x instanceof Jx9Array ? y : x);
        f.in.charge(arr.size());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < arr.size(); i++) {
            if (i > 0) {
                sb.append(glue);
            }
            sb.append(Values.toStr(arr.valueAt(i)));
            Interp.checkLength(sb.length());
        }
        return sb.toString();
    }

    private static Object explode(Frame f, Object[] a, int line) {
        String sep = str(a, 0);
        String s = str(a, 1);
        if (sep.isEmpty()) {
            return false;
        }
        long limit = Builtins.lng(a, 2, Long.MAX_VALUE);
        Jx9Array r = new Jx9Array();
        int from = 0;
        while (true) {
            f.in.step();
            int at = s.indexOf(sep, from);
            if (at < 0 || (limit > 0 && r.size() >= limit - 1)) {
                r.append(s.substring(from));
                break;
            }
            r.append(s.substring(from, at));
            from = at + sep.length();
        }
        if (limit < 0) {
            for (long i = 0; i < -limit && r.size() > 0; i++) {
                r.remove(r.keyAt(r.size() - 1));
            }
        }
        return r;
    }

    private static String trim(String s, String chars, boolean left, boolean right) {
        String set = chars == null ? " \t\n\r\u000b\0" : chars;
        int b = 0;
        int e = s.length();
        while (left && b < e && set.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (right && e > b && set.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    private static Object position(Object[] a, boolean ignoreCase, boolean last) {
        String h = str(a, 0);
        String n = str(a, 1);
        if (ignoreCase) {
            h = h.toLowerCase(Locale.ROOT);
            n = n.toLowerCase(Locale.ROOT);
        }
        int off = (int) Math.max(0, Math.min(h.length(), Builtins.lng(a, 2, 0)));
        if (n.isEmpty()) {
            return false;
        }
        int at = last ? h.lastIndexOf(n) : h.indexOf(n, off);
        return at < off ? Boolean.FALSE : (Object) (long) at;
    }

    private static Object strstr(Frame f, Object[] a, int line) {
        String h = str(a, 0);
        int at = h.indexOf(str(a, 1));
        if (at < 0) {
            return false;
        }
        return Values.truthy(arg(a, 2)) ? h.substring(0, at) : h.substring(at);
    }

    private static Object repeat(Frame f, Object[] a, int line) {
        String s = str(a, 0);
        long n = Math.max(0, Builtins.lng(a, 1, 0));
        Interp.checkLength(s.length() * n);
        f.in.charge(n);
        return s.repeat((int) n);
    }

    private static Object pad(Frame f, Object[] a, int line) {
        String s = str(a, 0);
        long len = Builtins.lng(a, 1, 0);
        String p = a.length > 2 ? str(a, 2) : " ";
        long type = Builtins.lng(a, 3, 1);
        Interp.checkLength(len);
        if (len <= s.length() || p.isEmpty()) {
            return s;
        }
        int total = (int) len - s.length();
        int leftN = type == 0 ? total : type == 2 ? total / 2 : 0;
        return fillOf(p, leftN) + s + fillOf(p, total - leftN);
    }

    private static String fillOf(String p, int n) {
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            sb.append(p);
        }
        sb.setLength(n);
        return sb.toString();
    }

    private static Object split(Frame f, Object[] a, int line) {
        String s = str(a, 0);
        int n = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Builtins.lng(a, 1, 1)));
        Jx9Array r = new Jx9Array();
        f.in.charge(s.length() / n + 1);
        for (int i = 0; i < s.length(); i += n) {
            r.append(s.substring(i, Math.min(s.length(), i + n)));
        }
        if (s.isEmpty()) {
            r.append("");
        }
        return r;
    }

    private static Object substrCount(Frame f, Object[] a, int line) {
        String h = str(a, 0);
        String n = str(a, 1);
        if (n.isEmpty()) {
            return 0L;
        }
        long c = 0;
        for (int at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.length())) {
            c++;
        }
        return c;
    }
}
