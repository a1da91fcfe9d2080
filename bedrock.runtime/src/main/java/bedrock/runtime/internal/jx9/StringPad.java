package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.str;
import static bedrock.runtime.internal.jx9.StringLib.int32;

/**
 * str_pad(s, length, pad = " ", type = STR_PAD_RIGHT), replaying the engine's loops: whole pad strings
 * first (for STR_PAD_BOTH, half of the padding on each side, the left side never reaching the total),
 * then a cut pad string fills what is left. Types other than 0 (left) and 2 (both) pad on the right.
 */
final class StringPad {
    private StringPad() {
    }

    static Object pad(Frame f, Object[] a, int line) {
        if (a.length < 2) {
            return "";
        }
        String s = str(a, 0);
        int total = int32(a, 1);
        int padLen = total > 0 ? total - s.length() : total;
        if (padLen < 1) {
            return s;
        }
        Interp.checkLength(total);
        f.in.charge(total);
        String p = a.length > 2 ? str(a, 2) : " ";
        p = p.isEmpty() ? " " : p;
        int type = a.length > 3 ? int32(a, 3) : 1;
        type = type == 0 || type == 2 ? type : 1;
        int div = type == 2 ? 2 : 1;
        StringBuilder out = new StringBuilder(total);
        int n = s.length();
        if (type != 1) {
            for (int i = 0; i < padLen / div && out.length() + n + p.length() < total; i += p.length()) {
                out.append(p);
            }
            while (type == 0 && out.length() + n < total) {
                out.append(p, 0, Math.min(p.length(), total - (n + out.length())));
            }
        }
        out.append(s);
        if (type != 0) {
            for (int i = 0; i < padLen / div && out.length() + p.length() < total; i += p.length()) {
                out.append(p);
            }
            while (out.length() < total) {
                out.append(p, 0, Math.min(p.length(), total - out.length()));
            }
        }
        return out.toString();
    }
}
