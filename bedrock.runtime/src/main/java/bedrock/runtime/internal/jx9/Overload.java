package bedrock.runtime.internal.jx9;

/**
 * Jx9's function overloading: a name declared several times keeps every definition, and a call
 * picks, among the definitions taking exactly as many parameters as it passes arguments (the
 * latest first, at most ten), the one whose typed-parameter signature shares the longest prefix
 * with the types of the arguments; with no such definition the latest one runs.
 */
final class Overload {
    private static final int MAX_CANDIDATES = 10;

    private Overload() {
    }

    static Jx9Function select(Jx9Function latest, Object[] args) {
        if (latest.overloaded == null) {
            return latest;
        }
        Jx9Function[] set = new Jx9Function[MAX_CANDIDATES];
        int n = 0;
        for (Jx9Function f = latest; f != null && n < set.length; f = f.overloaded) {
            if (f.paramSlots.length == args.length) {
                set[n++] = f;
            }
        }
        if (n == 0) {
            return latest;
        }
        if (args.length == 0 || n == 1) {
            return set[0];
        }
        String sig = signature(args);
        int best = 0;
        int bestLen = -1;
        for (int i = 0; i < n; i++) {
            int len = commonPrefix(sig, set[i].signature);
            if (len > bestLen) {
                bestLen = len;
                best = i;
            }
        }
        return set[best];
    }

    private static String signature(Object[] args) {
        StringBuilder sb = new StringBuilder(args.length);
        for (Object v : args) {
            sb.append(v == null ? 'n' : v instanceof Jx9Array ? 'h' : v instanceof Boolean ? 'b'
                    : v instanceof Long ? 'i' : v instanceof Double ? 'f' : 's');
        }
        return sb.toString();
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
