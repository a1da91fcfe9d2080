package bedrock.runtime.internal.jx9;

import java.util.HashMap;
import java.util.Map;

/**
 * parse_ini_string(ini, sections = false) as the engine parses it: {@code key = value} lines,
 * {@code ;} and {@code #} comments (also after an unquoted value), quoted values, {@code key[] = v}
 * lists (one list per name, shared across sections) and, on request, {@code [section]} arrays. A key
 * whose value is empty gets null until a value has been read, "" afterwards (the engine reuses one
 * value holder).
 */
final class IniParser {
    private final String s;
    private final boolean sections;
    private final Jx9Array root = new Jx9Array();
    private final Map<String, Jx9Array> lists = new HashMap<>();
    private boolean valueIsString;
    private int i;

    private IniParser(String s, boolean sections) {
        this.s = s;
        this.sections = sections;
    }

    static Object parse(Frame f, Object[] a, int line) {
        if (a.length < 1 || !(a[0] instanceof String s)) {
            return false;
        }
        f.in.charge(s.length());
        IniParser p = new IniParser(s, a.length > 1 && Values.truthy(a[1]));
        p.run();
        return p.root;
    }

    private char at(int k) {
        return k >= 0 && k < s.length() ? s.charAt(k) : 0;
    }

    private void run() {
        int n = s.length();
        Jx9Array cur = root;
        while (true) {
            while (i < n && StringSearchLib.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return;
            }
            char c = s.charAt(i);
            if (c == ';' || c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '[') {
                int start = ++i;
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                String name = s.substring(start, Math.min(i, n)).strip();
                if (sections && !name.isEmpty()) {
                    Jx9Array section = new Jx9Array();
                    root.put(Jx9Array.normKey(name), section);
                    cur = section;
                }
                i++;
            } else {
                entry(cur);
            }
        }
    }

    private void entry(Jx9Array cur) {
        int n = s.length();
        int start = i;
        int keyEnd = -1;
        Jx9Array target = cur;
        while (i < n && s.charAt(i) != '=') {
            if (s.charAt(i) == '[' && keyEnd < 0) {
                keyEnd = i;
                String name = s.substring(start, i).strip();
                if (!name.isEmpty()) {
                    target = list(cur, name);
                }
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
            }
            i++;
        }
        boolean isList = keyEnd >= 0;
        String key = s.substring(start, Math.min(isList ? keyEnd : i, n)).strip();
        if (key.isEmpty()) {
            while (i < n && (StringSearchLib.isSpace(s.charAt(i)) || s.charAt(i) == '=')) {
                i++;
            }
            return;
        }
        i++;
        while (i < n && StringSearchLib.isSpace(s.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return;
        }
        Object value = value();
        if (isList) {
            target.append(value);
        } else {
            target.put(Jx9Array.normKey(key), value);
        }
    }

    private Jx9Array list(Jx9Array cur, String name) {
        Jx9Array l = lists.get(name);
        if (l == null) {
            l = new Jx9Array();
            lists.put(name, l);
            cur.put(Jx9Array.normKey(name), l);
        }
        return l;
    }

    private Object value() {
        int n = s.length();
        int start = i;
        char q = s.charAt(i);
        boolean quoted = q == '"' || q == '\'';
        if (quoted) {
            i++;
            while (i < n && !(s.charAt(i) == q && at(i - 1) != '\\')) {
                i++;
            }
            if (i < n) {
                i++;
            }
        } else {
            while (i < n && !(s.charAt(i) == '\n' && at(i - 1) != '\\') && s.charAt(i) != ';' && s.charAt(i) != '#') {
                i++;
            }
        }
        String v = s.substring(start, i).strip();
        if (quoted) {
            int b = 0;
            int e = v.length();
            while (b < e && v.charAt(b) == q) {
                b++;
            }
            while (e > b && v.charAt(e - 1) == q) {
                e--;
            }
            v = v.substring(b, e);
        }
        if (!v.isEmpty()) {
            valueIsString = true;
            return v;
        }
        return valueIsString ? "" : null;
    }
}
