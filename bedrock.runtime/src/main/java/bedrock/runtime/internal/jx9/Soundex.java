package bedrock.runtime.internal.jx9;

/** The engine's soundex: the first letter, then up to three codes; "?000" when there is no letter. */
final class Soundex {
    // Codes of the letters a..z, as in the engine's table.
    private static final String CODES = "01230120022455012623010202";

    private Soundex() {
    }

    static String of(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80 && !isAlpha(s.charAt(i))) {
            i++;
        }
        if (i >= s.length()) {
            return "?000";
        }
        StringBuilder r = new StringBuilder(4);
        int prev = code(s.charAt(i));
        r.append(StringLib.asciiCase(s.charAt(i), true));
        for (; r.length() < 4 && i < s.length(); i++) {
            int c = code(s.charAt(i));
            if (c > 0) {
                if (c != prev) {
                    prev = c;
                    r.append((char) ('0' + c));
                }
            } else {
                prev = 0;
            }
        }
        while (r.length() < 4) {
            r.append('0');
        }
        return r.toString();
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int code(char c) {
        char l = StringLib.asciiCase((char) (c & 0x7F), false);
        return l >= 'a' && l <= 'z' ? CODES.charAt(l - 'a') - '0' : 0;
    }
}
