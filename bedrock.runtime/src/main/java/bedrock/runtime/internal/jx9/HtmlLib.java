package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.StringLib.int32;

import java.util.Map;

/**
 * The engine's HTML built-ins. Flags: ENT_COMPAT 1, ENT_QUOTES 2, ENT_NOQUOTES 4. htmlentities and
 * html_entity_decode use the engine's small table (which also covers {@code ! $ # % ( ) { } = + ? [ ] @ ,});
 * all of them want a string and answer null otherwise.
 */
final class HtmlLib {
    private static final int QUOTES = 2;
    private static final int NOQUOTES = 4;
    /** Entity, character: the engine's translation table, in its order. */
    private static final String[] TABLE = {
        "&lt;", "<", "&gt;", ">", "&amp;", "&", "&quot;", "\"", "&#39;", "'",
        "&#33;", "!", "&#36;", "$", "&#35;", "#", "&#37;", "%", "&#40;", "(",
        "&#41;", ")", "&#123;", "{", "&#125;", "}", "&#61;", "=", "&#43;", "+",
        "&#63;", "?", "&#91;", "[", "&#93;", "]", "&#64;", "@", "&#44;", ",",
    };

    private HtmlLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("htmlspecialchars", (f, a, l) -> str(a) == null ? null : special(str(a), flags(a, 0x41)));
        t.put("htmlspecialchars_decode", (f, a, l) -> str(a) == null ? null : specialDecode(str(a), flags(a, 1)));
        t.put("htmlentities", (f, a, l) -> str(a) == null ? null : entities(str(a), flags(a, 1)));
        t.put("html_entity_decode", (f, a, l) -> str(a) == null ? null : entityDecode(str(a), flags(a, 1)));
        t.put("get_html_translation_table", (f, a, l) -> {
            Jx9Array r = Jx9Array.object();
            for (int i = 0; i < TABLE.length; i += 2) {
                r.put(TABLE[i + 1], TABLE[i]);
            }
            return r;
        });
    }

    private static String str(Object[] a) {
        return a.length > 0 && a[0] instanceof String s ? s : null;
    }

    private static int flags(Object[] a, int dflt) {
        int f = a.length > 1 ? int32(a, 1) : dflt;
        return f < 0 ? dflt : f;
    }

    private static String special(String s, int flags) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\'' -> sb.append((flags & QUOTES) != 0 ? "&#039;" : "'");
                case '"' -> sb.append((flags & NOQUOTES) == 0 ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
        return Interp.checkLength(sb.toString());
    }

    private static String specialDecode(String s, int flags) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '&') {
                sb.append(c);
            } else if (at(s, i, "&amp;")) {
                sb.append('&');
                i += 4;
            } else if (at(s, i, "&lt;") || at(s, i, "&gt;")) {
                sb.append(at(s, i, "&lt;") ? '<' : '>');
                i += 3;
            } else if (at(s, i, "&quot;")) {
                sb.append((flags & NOQUOTES) == 0 ? "\"" : "&quot;");
                i += 5;
            } else if (at(s, i, "&#039;")) {
                sb.append((flags & QUOTES) != 0 ? "'" : "&#039;");
                i += 5;
            } else {
                sb.append('&');
            }
        }
        return sb.toString();
    }

    /** Case-insensitive match of an entity at {@code i}, as the engine compares them. */
    private static boolean at(String s, int i, String entity) {
        return s.regionMatches(true, i, entity, 0, entity.length());
    }

    private static String entities(String s, int flags) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = indexOfChar(c);
            boolean keep = k < 0 || (c == '"' && (flags & NOQUOTES) != 0)
                    || (c == '\'' && ((flags & QUOTES) == 0 || (flags & NOQUOTES) != 0));
            sb.append(keep ? String.valueOf(c) : TABLE[k]);
            Interp.checkLength(sb.length());
        }
        return sb.toString();
    }

    private static int indexOfChar(char c) {
        for (int k = 0; k < TABLE.length; k += 2) {
            if (TABLE[k + 1].charAt(0) == c) {
                return k;
            }
        }
        return -1;
    }

    private static String entityDecode(String s, int flags) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int k = c == '&' ? entityAt(s, i) : -1;
            if (k < 0) {
                sb.append(c);
                i++;
                continue;
            }
            char d = TABLE[k + 1].charAt(0);
            boolean keep = (d == '\'' && ((flags & QUOTES) == 0 || (flags & NOQUOTES) != 0))
                    || (d == '"' && (flags & NOQUOTES) != 0);
            sb.append(keep ? TABLE[k] : TABLE[k + 1]);
            i += TABLE[k].length();
        }
        return sb.toString();
    }

    private static int entityAt(String s, int i) {
        for (int k = 0; k < TABLE.length; k += 2) {
            if (at(s, i, TABLE[k])) {
                return k;
            }
        }
        return -1;
    }
}
