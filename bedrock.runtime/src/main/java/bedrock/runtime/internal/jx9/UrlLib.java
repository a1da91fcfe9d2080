package bedrock.runtime.internal.jx9;

import java.util.Map;

/**
 * parse_url() as the engine splits a URL ({@code [scheme:/][/[user[:pass]@]host[:port]/][path][?query][#fragment]}):
 * no validation and no decoding; relative URLs work. With a component number (the JX9_URL_*
 * constants, 1 scheme to 8 fragment) it answers that part alone, or null.
 */
final class UrlLib {
    private static final String[] KEYS = {"scheme", "host", "port", "user", "pass", "path", "query", "fragment"};

    private UrlLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("parse_url", (f, a, l) -> parseUrl(a));
    }

    private static Object parseUrl(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof String url) || url.isEmpty()) {
            return Boolean.FALSE;
        }
        String[] parts = split(url);
        if (parts == null) {
            return Boolean.FALSE;
        }
        if (a.length > 1) {
            long c = Values.toLong(a[1]);
            return c < 1 || c > KEYS.length ? null : value((int) c - 1, parts[(int) c - 1]);
        }
        Jx9Array r = Jx9Array.object();
        for (int i = 0; i < KEYS.length; i++) {
            if (parts[i] != null) {
                r.put(KEYS[i], value(i, parts[i]));
            }
        }
        return r;
    }

    /** An empty part is absent; the port is the integer its leading digits spell. */
    private static Object value(int index, String part) {
        if (part == null || part.isEmpty()) {
            return null;
        }
        return index == 2 ? port(part) : part;
    }

    /** The leading (signed) decimal digits, as a 32-bit integer; 0 when there are none. */
    private static long port(String s) {
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i++) == '-';
        }
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v < Integer.MAX_VALUE) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return (int) (neg ? -v : v);
    }

    /** The eight parts (null: absent), or null for input the engine calls malformed. */
    static String[] split(String u) {
        String[] p = new String[KEYS.length];
        int end = u.length();
        int slash = u.indexOf('/');
        if (slash < 0) {
            return host(u, 0, end, p) ? p : null;
        }
        if (slash > 0 && u.charAt(slash - 1) == ':') {
            p[0] = u.substring(0, slash - 1).stripLeading();
        }
        int pathStart;
        if (slash + 1 >= end || u.charAt(slash + 1) != '/') {
            if (slash == 0 || u.charAt(slash - 1) == ':') {
                pathStart = slash;      // no authority
            } else {
                // Something before the first '/': the engine takes it for a host without "//".
                if (!host(u, 0, slash, p)) {
                    return null;
                }
                pathStart = slash;
            }
        } else {
            int from = slash + 2;
            int next = u.indexOf('/', from);
            int hostEnd = next < 0 ? end : next;
            if (!host(u, from, hostEnd, p)) {
                return null;
            }
            pathStart = hostEnd;
        }
        return path(u, pathStart, p) ? p : null;
    }

    private static boolean host(String u, int from, int to, String[] p) {
        int at = u.indexOf('@', from);
        if (at >= 0 && at < to) {
            if (at > from) {
                int colon = u.indexOf(':', from);
                boolean pass = colon >= 0 && colon < at;
                p[3] = u.substring(from, pass ? colon : at);
                if (pass) {
                    p[4] = u.substring(colon + 1, at);
                }
            }
            from = at + 1;
        }
        while (from < to && Character.isWhitespace(u.charAt(from))) {
            from++;
        }
        int portSearch = from;
        if (from < to && u.charAt(from) == '[') {
            int i = from + 1;
            while (i < u.length() && (Character.digit(u.charAt(i), 16) >= 0 || u.charAt(i) == ':')) {
                i++;
            }
            if (i >= u.length() || u.charAt(i) != ']') {
                return false;     // the engine's malformed IPv6 address
            }
            p[1] = u.substring(from + 1, i);
            portSearch = i + 1;
        } else {
            p[1] = u.substring(from, to);
        }
        int colon = u.indexOf(':', portSearch);
        if (colon >= 0 && colon < to) {
            if (u.charAt(from) != '[') {
                p[1] = u.substring(from, colon);
            }
            p[2] = u.substring(colon + 1, to);
        }
        return true;
    }

    private static boolean path(String u, int from, String[] p) {
        if (from >= u.length()) {
            return true;
        }
        String rest = u.substring(from);
        int q = rest.indexOf('?');
        int h = rest.indexOf('#');
        if (q >= 0 && h >= 0 && h < q) {
            return false;         // the engine wants the query before the fragment
        }
        int pathEnd = q >= 0 ? q : h >= 0 ? h : rest.length();
        p[5] = rest.substring(0, pathEnd);
        if (q >= 0) {
            p[6] = rest.substring(q + 1, h >= 0 ? h : rest.length());
        }
        if (h >= 0) {
            p[7] = rest.substring(h + 1);
        }
        return true;
    }
}
