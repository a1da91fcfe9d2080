package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.str;
import static bedrock.runtime.internal.jx9.StringLib.int32;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/** Text built-ins of the engine: wordwrap strtok strip_tags str_getcsv size_format parse_ini_string. */
final class TextLib {
    /** strtok's remaining input, per running script (the engine keeps it on the function). */
    private static final Map<Interp, String> TOKENS = Collections.synchronizedMap(new WeakHashMap<>());

    private TextLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("wordwrap", TextLib::wordwrap);
        t.put("strtok", TextLib::strtok);
        t.put("strip_tags", (f, a, l) -> a.length < 1 || !(a[0] instanceof String s) ? ""
                : StripTags.strip(s, a.length > 1 && a[1] instanceof String tags ? tags : ""));
        t.put("str_getcsv", TextLib::csv);
        t.put("size_format", TextLib::sizeFormat);
        t.put("parse_ini_string", IniParser::parse);
    }

    /** The engine's wordwrap cuts every {@code width} characters (75 by default), words or not. */
    private static Object wordwrap(Frame f, Object[] a, int line) {
        String s = a.length < 1 ? "" : str(a, 0);
        int width = a.length > 1 ? int32(a, 1) : 75;
        width = width < 1 ? 75 : width;
        String br = a.length > 2 ? str(a, 2) : "";
        br = br.isEmpty() ? "\n" : br;
        StringBuilder sb = new StringBuilder();
        f.in.charge(s.length() / width + 1);
        for (int i = 0; i < s.length(); i += width) {
            sb.append(s, i, Math.min(s.length(), i + width));
            if (i + width < s.length()) {
                sb.append(br);
            }
            Interp.checkLength(sb.length());
        }
        return sb.toString();
    }

    /**
     * strtok(string, mask) returns the first token and remembers the rest; strtok(mask) continues.
     * Leading delimiters are skipped; false when no token is left (an empty mask ends the walk).
     */
    private static Object strtok(Frame f, Object[] a, int line) {
        String rest;
        String mask;
        if (a.length < 2) {
            rest = TOKENS.get(f.in);
            mask = a.length > 0 ? str(a, 0) : "";
            if (rest == null || mask.isEmpty()) {
                TOKENS.remove(f.in);
                return false;
            }
        } else {
            rest = str(a, 0);
            mask = str(a, 1);
            if (rest.isEmpty()) {
                return false;
            }
            mask = mask.isEmpty() ? " \n\t\r\f" : mask;
        }
        boolean first = a.length >= 2;
        int b = 0;
        while (b < rest.length() && mask.indexOf(rest.charAt(b)) >= 0) {
            b++;
        }
        if (b >= rest.length()) {
            if (!first) {
                TOKENS.remove(f.in);
            }
            return false;
        }
        int e = b;
        while (e < rest.length() && mask.indexOf(rest.charAt(e)) < 0) {
            e++;
        }
        // As in the engine, a first call whose token ends the input leaves any earlier walk in place.
        if (!first || e < rest.length()) {
            TOKENS.put(f.in, rest.substring(e));
        }
        return rest.substring(b, e);
    }

    /**
     * str_getcsv(input, delimiter = ",", enclosure = '"', escape = "\\"): fields are trimmed, empty ones
     * and repeated delimiters skipped; a field starting with the enclosure loses its first and last
     * characters; the escape character keeps the next one from ending the field.
     */
    private static Object csv(Frame f, Object[] a, int line) {
        if (a.length < 1 || !(a[0] instanceof String s)) {
            return null;
        }
        char delim = firstChar(a, 1, ',');
        char encl = firstChar(a, 2, '"');
        char esc = firstChar(a, 3, '\\');
        Jx9Array r = new Jx9Array();
        int i = 0;
        f.in.charge(s.length());
        while (i < s.length()) {
            int start = i;
            i = fieldEnd(s, i, delim, encl, esc);
            int end = Math.min(i, s.length());
            if (end > start && s.charAt(start) == encl) {
                start++;
                end--;
            }
            if (end > start) {
                String field = s.substring(start, end).replaceAll("^[\\s\\x00]+|[\\s\\x00]+$", "");
                if (!field.isEmpty()) {
                    r.append(field);
                }
            }
            while (i < s.length() && s.charAt(i) == delim) {
                i++;
            }
        }
        return r;
    }

    /** Where the field starting at {@code i} ends: the first delimiter outside an enclosure. */
    private static int fieldEnd(String s, int i, char delim, char encl, char esc) {
        boolean inside = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == delim && !inside) {
                break;
            } else if (c == encl) {
                inside = !inside;
            } else if (c == esc) {
                i++;
            }
            i++;
        }
        return i;
    }

    private static char firstChar(Object[] a, int i, char dflt) {
        return i < a.length && a[i] instanceof String s && !s.isEmpty() ? s.charAt(0) : dflt;
    }

    /** size_format(bytes): "0.1 KB" below 100 bytes, else one decimal of the largest unit (K..Z). */
    private static Object sizeFormat(Frame f, Object[] a, int line) {
        if (a.length < 1) {
            return "";
        }
        long size = Values.toLong(a[0]);
        if (size < 100) {
            return "0.1 KB";
        }
        int unit = -1;
        long rest;
        do {
            rest = size & 0x3FF;
            size >>= 10;
            unit++;
        } while ((size & ~1023L) != 0);
        rest = Math.min(9, rest / 100);
        if (size > 999) {
            unit++;
            rest = 9;
            size = 0;
        }
        return String.format(Locale.ROOT, "%d.%d %cB", (int) size, rest, "KMGTPEZ".charAt(unit));
    }

    /** strip_tags(s, allowed): tags (and NUL characters) removed, except those named in {@code allowed}. */
    static final class StripTags {
        private StripTags() {
        }

        static String strip(String s, String allowed) {
            List<String> keep = names(allowed);
            StringBuilder sb = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == 0) {
                    i++;
                } else if (c != '<') {
                    sb.append(c);
                    i++;
                } else {
                    int end = s.indexOf('>', i);
                    end = end < 0 ? s.length() : end + 1;
                    if (keep.contains(name(s.substring(i, end)))) {
                        sb.append(s, i, end);
                    }
                    i = end;
                }
            }
            return sb.toString();
        }

        private static List<String> names(String allowed) {
            List<String> r = new ArrayList<>();
            for (String part : allowed.split("[<>/?!\\-\\s]+")) {
                String n = leadingAlnum(part);
                if (!n.isEmpty()) {
                    r.add(n.toLowerCase(Locale.ROOT));
                }
            }
            return r;
        }

        private static String name(String tag) {
            int i = 0;
            while (i < tag.length() && "</? \t\n\r\f\u000b".indexOf(tag.charAt(i)) >= 0) {
                i++;
            }
            String n = leadingAlnum(tag.substring(i)).toLowerCase(Locale.ROOT);
            return n.isEmpty() ? "\0" : n;
        }

        private static String leadingAlnum(String s) {
            int i = 0;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) >= 0xc0)) {
                i++;
            }
            return s.substring(0, i);
        }
    }
}
