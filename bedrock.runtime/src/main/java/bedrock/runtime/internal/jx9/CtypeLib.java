package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.str;

import java.util.Map;
import java.util.function.IntPredicate;

/**
 * ctype_* as the engine has them: the argument is read as a string (so ctype_digit(42) is true),
 * every character must be in the C locale's class (ASCII only), and an empty string is false.
 */
final class CtypeLib {
    private CtypeLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("ctype_alnum", all(c -> isAlpha(c) || isDigit(c)));
        t.put("ctype_alpha", all(CtypeLib::isAlpha));
        t.put("ctype_cntrl", all(c -> c < 32 || c == 127));
        t.put("ctype_digit", all(CtypeLib::isDigit));
        t.put("ctype_xdigit", all(c -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        t.put("ctype_graph", all(c -> c > 32 && c < 127));
        t.put("ctype_print", all(c -> c >= 32 && c < 127));
        t.put("ctype_punct", all(c -> c > 32 && c < 127 && !isAlpha(c) && !isDigit(c)));
        t.put("ctype_space", all(c -> c == ' ' || (c >= '\t' && c <= '\r')));
        t.put("ctype_lower", all(c -> c >= 'a' && c <= 'z'));
        t.put("ctype_upper", all(c -> c >= 'A' && c <= 'Z'));
    }

    private static Builtin all(IntPredicate test) {
        return (f, a, l) -> {
            String s = a.length < 1 ? "" : str(a, 0);
            return !s.isEmpty() && s.chars().allMatch(test);
        };
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
