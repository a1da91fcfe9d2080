package bedrock.runtime.internal.jx9;

/**
 * implode/join (and the engine's implode_recursive/join_recursive). The glue comes first; when the
 * first argument is an array there is no glue at all. Every later argument is joined: arrays by their
 * values, other values as strings. Empty strings are skipped together with their glue. A nested array
 * joins as its JSON text, or, recursively (up to 32 levels), by its own values.
 */
final class Implode {
    private static final int MAX_DEPTH = 32;

    private final Frame frame;
    private final boolean recursive;
    private final String glue;
    private final StringBuilder out = new StringBuilder();
    private boolean first = true;
    private int depth;

    private Implode(Frame frame, boolean recursive, String glue) {
        this.frame = frame;
        this.recursive = recursive;
        this.glue = glue;
    }

    static Object implode(Frame f, Object[] a, boolean recursive) {
        if (a.length < 1) {
            return null;
        }
        boolean glued = !(a[0] instanceof Jx9Array);
        Implode j = new Implode(f, recursive, glued ? Values.toStr(a[0]) : "");
        for (int i = glued ? 1 : 0; i < a.length; i++) {
            if (a[i] instanceof Jx9Array arr) {
                j.walk(arr);
            } else {
                j.add(Values.toStr(a[i]));
            }
        }
        return j.out.toString();
    }

    private void walk(Jx9Array arr) {
        frame.in.charge(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            Object v = arr.valueAt(i);
            if (recursive && v instanceof Jx9Array inner && depth < MAX_DEPTH) {
                // As the engine does: glue before the nested values, which then start afresh.
                if (!glue.isEmpty() && !first) {
                    out.append(glue);
                }
                first = true;
                depth++;
                walk(inner);
                depth--;
            } else {
                add(Values.toStr(v));
            }
        }
    }

    private void add(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (!glue.isEmpty()) {
            if (!first) {
                out.append(glue);
            }
            first = false;
        }
        out.append(s);
        Interp.checkLength(out.length());
    }
}
