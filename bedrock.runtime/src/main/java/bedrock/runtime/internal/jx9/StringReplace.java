package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.arg;

/** str_replace(search, replace, subject): each may be a string or an array, as in Jx9/PHP. */
final class StringReplace {
    private StringReplace() {
    }

    static Object replace(Frame f, Object[] a, int line) {
        Object search = arg(a, 0);
        Object repl = arg(a, 1);
        Object subject = arg(a, 2);
        if (subject instanceof Jx9Array arr) {
            Jx9Array r = new Jx9Array(arr.size());
            r.objectLiteral = arr.objectLiteral;
            for (int i = 0; i < arr.size(); i++) {
                r.put(arr.keyAt(i), one(f, search, repl, Values.toStr(arr.valueAt(i))));
            }
            return r;
        }
        return one(f, search, repl, Values.toStr(subject));
    }

    private static String one(Frame f, Object search, Object repl, String s) {
        if (!(search instanceof Jx9Array sa)) {
            return replaceAll(s, Values.toStr(search), Values.toStr(repl));
        }
        Jx9Array ra = repl instanceof Jx9Array x ? x : null;
        for (int i = 0; i < sa.size(); i++) {
            f.in.step();
            String r = ra == null ? Values.toStr(repl) : i < ra.size() ? Values.toStr(ra.valueAt(i)) : "";
            s = replaceAll(s, Values.toStr(sa.valueAt(i)), r);
        }
        return s;
    }

    private static String replaceAll(String s, String from, String to) {
        if (from.isEmpty()) {
            return s;
        }
        long count = 0;
        for (int at = s.indexOf(from); at >= 0; at = s.indexOf(from, at + from.length())) {
            count++;
        }
        Interp.checkLength(s.length() + count * (to.length() - from.length()));
        return s.replace(from, to);
    }
}
