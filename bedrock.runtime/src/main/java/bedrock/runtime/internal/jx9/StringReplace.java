package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;

import java.util.ArrayList;
import java.util.List;

/**
 * str_replace and str_ireplace as the engine implements them: the subject is one string (an array
 * subject is its JSON text); search and replace may be arrays, taken pair by pair (a missing
 * replacement is ""); an empty search leaves the subject as it was. Replacements are not rescanned.
 */
final class StringReplace {
    private StringReplace() {
    }

    static Object replace(Frame f, Object[] a, boolean ignoreCase) {
        if (a.length < 3) {
            return null;
        }
        String s = Values.toStr(a[2]);
        if (s.isEmpty()) {
            return "";
        }
        List<String> search = strings(arg(a, 0));
        if (!(a[0] instanceof Jx9Array) && search.get(0).isEmpty()) {
            return a[2];
        }
        List<String> repl = strings(arg(a, 1));
        boolean oneRepl = !(a[1] instanceof Jx9Array);
        int next = 0;
        for (String from : search) {
            if (from.isEmpty()) {
                continue;
            }
            String to = oneRepl ? repl.get(0) : next < repl.size() ? repl.get(next) : "";
            next++;
            s = replaceAll(f, s, from, to, ignoreCase);
        }
        return s;
    }

    private static List<String> strings(Object v) {
        List<String> r = new ArrayList<>();
        if (v instanceof Jx9Array arr) {
            for (int i = 0; i < arr.size(); i++) {
                r.add(Values.toStr(arr.valueAt(i)));
            }
        } else {
            r.add(Values.toStr(v));
        }
        return r;
    }

    private static String replaceAll(Frame f, String s, String from, String to, boolean ignoreCase) {
        String hay = ignoreCase ? StringLib.asciiCase(s, false) : s;
        String needle = ignoreCase ? StringLib.asciiCase(from, false) : from;
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int hit = hay.indexOf(needle); hit >= 0; hit = hay.indexOf(needle, at)) {
            f.in.step();
            sb.append(s, at, hit).append(to);
            Interp.checkLength(sb.length());
            at = hit + from.length();
        }
        return sb.append(s, at, s.length()).toString();
    }
}
