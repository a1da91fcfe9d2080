package bedrock.runtime.internal.jx9;

import java.util.Map;

/**
 * fnmatch(pattern, string, flags) and strglob(pattern, string): the engine's glob matcher (SQLite's
 * {@code patternCompare}): {@code * ? [set] [^set] [a-z]} and a backslash escape. FNM_NOESCAPE (1)
 * turns the escape off (and with it every set), FNM_CASEFOLD (8) ignores ASCII case. As in the engine,
 * a set straight after a {@code *} never matches.
 */
final class Glob {
    private final int[] p;
    private final int[] s;
    private final int esc;
    private final boolean noCase;

    private Glob(String pattern, String string, int esc, boolean noCase) {
        this.p = terminated(pattern);
        this.s = terminated(string);
        this.esc = esc;
        this.noCase = noCase;
    }

    static void register(Map<String, Builtin> t) {
        t.put("fnmatch", (f, a, l) -> {
            if (a.length < 2 || !(a[0] instanceof String pat) || !(a[1] instanceof String str)) {
                return false;
            }
            int flags = a.length > 2 && a[2] instanceof Long x ? (int) (long) x : 0;
            f.in.charge(pat.length() + str.length());
            return new Glob(pat, str, (flags & 1) != 0 ? 0 : '\\', (flags & 8) != 0).match(0, 0, 0);
        });
        t.put("strglob", (f, a, l) -> {
            if (a.length < 2 || !(a[0] instanceof String pat) || !(a[1] instanceof String str)) {
                return false;
            }
            f.in.charge(pat.length() + str.length());
            return new Glob(pat, str, '\\', false).match(0, 0, 0);
        });
    }

    private static int[] terminated(String x) {
        int[] cps = x.codePoints().toArray();
        int[] r = new int[cps.length + 1];
        System.arraycopy(cps, 0, r, 0, cps.length);
        return r;
    }

    private int fold(int c) {
        return noCase && c < 0x80 ? StringLib.asciiCase((char) c, false) : c;
    }

    /** Matches the pattern from {@code pi} against the string from {@code si}. */
    private boolean match(int pi, int si, int depth) {
        if (depth > 256) {
            return false;
        }
        boolean prevEscape = false;
        int c;
        while ((c = p[pi++]) != 0) {
            if (!prevEscape && c == '*') {
                return star(pi, si, depth);
            } else if (!prevEscape && c == '?') {
                if (s[si++] == 0) {
                    return false;
                }
            } else if (c == '[') {
                int[] r = set(pi, si);
                if (r == null) {
                    return false;
                }
                pi = r[0];
                si = r[1];
            } else if (c == esc && !prevEscape) {
                prevEscape = true;
            } else {
                if (fold(c) != fold(s[si++])) {
                    return false;
                }
                prevEscape = false;
            }
        }
        return s[si] == 0;
    }

    private boolean star(int pi, int si, int depth) {
        int c;
        while ((c = p[pi++]) == '*' || c == '?') {
            if (c == '?' && s[si++] == 0) {
                return false;
            }
        }
        if (c == 0) {
            return true;
        } else if (c == esc) {
            c = p[pi++];
            if (c == 0) {
                return false;
            }
        } else if (c == '[') {
            return false;
        }
        int want = fold(c);
        while (s[si] != 0) {
            int c2 = fold(s[si++]);
            while (c2 != 0 && c2 != want) {
                c2 = fold(s[si++]);
            }
            if (c2 == 0) {
                return false;
            }
            if (match(pi, si, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code [...]} set at {@code pi}; the new positions, or null when it does not match. */
    private int[] set(int pi, int si) {
        if (esc == 0) {
            return null;
        }
        int c = s[si++];
        if (c == 0) {
            return null;
        }
        boolean seen = false;
        boolean invert = false;
        int c2 = p[pi++];
        if (c2 == '^') {
            invert = true;
            c2 = p[pi++];
        }
        if (c2 == ']') {
            seen = c == ']';
            c2 = p[pi++];
        }
        int prior = 0;
        while (c2 != 0 && c2 != ']') {
            if (c2 == '-' && p[pi] != ']' && p[pi] != 0 && prior > 0) {
                c2 = p[pi++];
                seen |= c >= prior && c <= c2;
                prior = 0;
            } else {
                seen |= c == c2;
                prior = c2;
            }
            c2 = p[pi++];
        }
        return c2 == 0 || seen == invert ? null : new int[] {pi, si};
    }
}
