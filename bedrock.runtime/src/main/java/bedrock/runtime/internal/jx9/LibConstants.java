package bedrock.runtime.internal.jx9;

import java.util.HashMap;
import java.util.Map;

/** The engine's constants for the string and math library (str_pad, case, rounding, html, pathinfo, M_*). */
final class LibConstants {
    private static final Map<String, Object> TABLE = new HashMap<>();

    static {
        ints("CASE_LOWER", 0, "CASE_UPPER", 1, "STR_PAD_LEFT", 0, "STR_PAD_RIGHT", 1, "STR_PAD_BOTH", 2,
                "JX9_ROUND_HALF_UP", 1, "JX9_ROUND_HALF_DOWN", 2, "JX9_ROUND_HALF_EVEN", 3,
                "JX9_ROUND_HALF_ODD", 4, "ENT_COMPAT", 0x01, "ENT_QUOTES", 0x02, "ENT_NOQUOTES", 0x04,
                "ENT_IGNORE", 0x08, "ENT_SUBSTITUTE", 0x10, "ENT_DISALLOWED", 0x20, "ENT_HTML401", 0x40,
                "ENT_XML1", 0x80, "ENT_XHTML", 0x100, "ENT_HTML5", 0x200, "ISO_8859_1", 1, "UTF8", 1,
                "HTML_ENTITIES", 1, "HTML_SPECIALCHARS", 2, "PATHINFO_DIRNAME", 1, "PATHINFO_BASENAME", 2,
                "PATHINFO_EXTENSION", 3, "PATHINFO_FILENAME", 4, "FNM_NOESCAPE", 1, "FNM_PATHNAME", 2,
                "FNM_PERIOD", 4, "FNM_CASEFOLD", 8, "SORT_ASC", 1, "SORT_DESC", 2);
        // The engine's own (short) value of pi, also what pi() returns.
        TABLE.put("PI", MathLib.ENGINE_PI);
        TABLE.put("M_LOG2E", 1.4426950408889634074);
        TABLE.put("M_LOG10E", 0.4342944819032518276);
        TABLE.put("M_LN2", 0.69314718055994530942);
        TABLE.put("M_LN10", 2.30258509299404568402);
        TABLE.put("M_PI_2", 1.57079632679489661923);
        TABLE.put("M_PI_4", 0.78539816339744830962);
        TABLE.put("M_1_PI", 0.31830988618379067154);
        TABLE.put("M_2_PI", 0.63661977236758134308);
        TABLE.put("M_SQRTPI", 1.77245385090551602729);
        TABLE.put("M_2_SQRTPI", 1.12837916709551257390);
        TABLE.put("M_SQRT2", 1.41421356237309504880);
        TABLE.put("M_SQRT3", 1.73205080756887729352);
        TABLE.put("M_SQRT1_2", 0.70710678118654752440);
        TABLE.put("M_LNPI", 1.14472988584940017414);
        TABLE.put("M_EULER", 0.57721566490153286061);
    }

    private LibConstants() {
    }

    private static void ints(Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            TABLE.put((String) pairs[i], (long) (Integer) pairs[i + 1]);
        }
    }

    /** The constant's value, or the name itself (Jx9's answer for an unknown identifier). */
    static Object value(String name) {
        return TABLE.getOrDefault(name, name);
    }
}
