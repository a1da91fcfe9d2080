package bedrock.runtime.internal.jx9;

import java.util.Map;

/**
 * The engine's path-string built-ins (no file is touched): dirname, basename, pathinfo. Quirks kept:
 * {@code dirname("/a/b/")} is "/a/b" and {@code basename("/etc")} is "/etc" (a slash at position 0 is
 * never taken as a separator there).
 */
final class PathLib {
    private PathLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("dirname", (f, a, l) -> a.length < 1 || !(a[0] instanceof String s) ? "" : dirname(s));
        t.put("basename", (f, a, l) -> a.length < 1 || !(a[0] instanceof String s) ? ""
                : basename(s, a.length > 1 && a[1] instanceof String x ? x : ""));
        t.put("pathinfo", PathLib::pathinfo);
    }

    /** The index of the last '/' after position 0, or 0. */
    private static int lastSlash(String s) {
        int e = s.length() - 1;
        while (e > 0 && s.charAt(e) != '/') {
            e--;
        }
        return e;
    }

    private static String dirname(String s) {
        if (s.isEmpty()) {
            return ".";
        }
        int e = lastSlash(s);
        if (e == 0 && s.charAt(0) != '/') {
            return ".";
        }
        return e == 0 ? "/" : s.substring(0, e);
    }

    private static String basename(String s, String suffix) {
        if (s.isEmpty()) {
            return "";
        }
        int e = s.length() - 1;
        while (e > 0 && s.charAt(e) == '/') {
            e--;
        }
        int len = e + 1;
        while (e > 0 && s.charAt(e) != '/') {
            e--;
        }
        int base = e > 0 ? e + 1 : 0;
        int end = len;
        if (!suffix.isEmpty() && suffix.length() < len && s.startsWith(suffix, end - suffix.length())) {
            end -= suffix.length();
        }
        return s.substring(base, Math.max(base, end));
    }

    /** {@code dirname basename extension filename}, each present when not empty; or one of them (1..4). */
    private static Object pathinfo(Frame f, Object[] a, int line) {
        if (a.length < 1 || !(a[0] instanceof String s) || s.isEmpty()) {
            return "";
        }
        String[] parts = parts(s);
        if (a.length > 1 && a[1] instanceof Long opt) {
            return opt >= 1 && opt <= 4 ? parts[(int) (long) opt - 1] : "";
        }
        Jx9Array r = Jx9Array.object();
        String[] names = {"dirname", "basename", "extension", "filename"};
        for (int i = 0; i < 4; i++) {
            if (!parts[i].isEmpty()) {
                r.put(names[i], parts[i]);
            }
        }
        return r;
    }

    private static String[] parts(String s) {
        if (s.equals("/")) {
            return new String[] {"/", "", "", ""};
        }
        int e = lastSlash(s);
        int start = e > 0 ? e + 1 : 0;
        String dir = s.substring(0, start);
        if (dir.length() > 1) {
            dir = dir.replaceAll("/+$", "");
        } else if (s.charAt(0) == '/') {
            dir = "/";
        }
        String base = s.substring(start).replaceAll("^/+", "");
        String ext = "";
        String name = base;
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            ext = base.substring(dot + 1);
            name = name.length() > ext.length() ? base.substring(0, base.length() - ext.length() - 1) : name;
        }
        return new String[] {dir, base, ext, name};
    }
}
