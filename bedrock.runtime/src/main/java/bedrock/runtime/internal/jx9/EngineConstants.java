package bedrock.runtime.internal.jx9;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The engine's table of built-in constants (jx9_const.c), in its registration order, which
 * get_defined_constants() shows reversed. Names are case-sensitive. The math constants are those
 * the engine registers together with its math functions, which this interpreter ships.
 */
final class EngineConstants {
    /** What jx9_lib_signature() answers. */
    static final String SIGNATURE = "Jx9/1.7.2";
    private static final Object TIME = new Object();
    private static final Object DATE = new Object();
    private static final Map<String, Object> TABLE = new LinkedHashMap<>();

    static {
        boolean win = System.getProperty("os.name", "").startsWith("Windows");
        put("JX9_VERSION", SIGNATURE, "JX9_ENGINE", SIGNATURE, "__JX9__", SIGNATURE, "JX9_OS", osName(),
                "__OS__", osName(), "JX9_EOL", win ? "\r\n" : "\n", "JX9_INT_MAX", Long.MAX_VALUE,
                "MAXINT", Long.MAX_VALUE, "JX9_INT_SIZE", 8, "PATH_SEPARATOR", win ? ";" : ":",
                "DIRECTORY_SEPARATOR", win ? "\\" : "/", "DIR_SEP", win ? "\\" : "/", "__TIME__", TIME,
                "__DATE__", DATE, "__FILE__", ":MEMORY:", "__DIR__", ":MEMORY:");
        put("E_ERROR", 1, "E_WARNING", 2, "E_PARSE", 4, "E_NOTICE", 8, "CASE_LOWER", 0, "CASE_UPPER", 1,
                "STR_PAD_LEFT", 0, "STR_PAD_RIGHT", 1, "STR_PAD_BOTH", 2, "COUNT_NORMAL", 0,
                "COUNT_RECURSIVE", 1, "SORT_ASC", 1, "SORT_DESC", 2, "SORT_REGULAR", 3, "SORT_NUMERIC", 4,
                "SORT_STRING", 5, "JX9_ROUND_HALF_DOWN", 2, "JX9_ROUND_HALF_EVEN", 3, "JX9_ROUND_HALF_UP", 1,
                "JX9_ROUND_HALF_ODD", 4);
        // The engine's own (short) value of pi, also what pi() returns.
        put("PI", MathLib.ENGINE_PI, "M_E", 2.71828182845904523536, "M_LOG2E", 1.4426950408889634074,
                "M_LOG10E", 0.4342944819032518276, "M_LN2", 0.69314718055994530942,
                "M_LN10", 2.30258509299404568402, "M_PI_2", 1.57079632679489661923,
                "M_PI_4", 0.78539816339744830962, "M_1_PI", 0.31830988618379067154,
                "M_2_PI", 0.63661977236758134308, "M_SQRTPI", 1.77245385090551602729,
                "M_2_SQRTPI", 1.12837916709551257390, "M_SQRT2", 1.41421356237309504880,
                "M_SQRT3", 1.73205080756887729352, "M_SQRT1_2", 0.70710678118654752440,
                "M_LNPI", 1.14472988584940017414, "M_EULER", 0.57721566490153286061);
        String atom = "Y-m-d\\TH:i:sP";
        String cookie = "l, d-M-y H:i:s T";
        String rfc = "D, d M Y H:i:s O";
        put("DATE_ATOM", atom, "DATE_COOKIE", cookie, "DATE_ISO8601", "Y-m-d\\TH:i:sO",
                "DATE_RFC822", "D, d M y H:i:s O", "DATE_RFC850", cookie, "DATE_RFC1036", "D, d M y H:i:s O",
                "DATE_RFC1123", rfc, "DATE_RFC2822", rfc, "DATE_RFC3339", atom, "DATE_RSS", rfc,
                "DATE_W3C", atom);
        put("ENT_COMPAT", 0x01, "ENT_QUOTES", 0x02, "ENT_NOQUOTES", 0x04, "ENT_IGNORE", 0x08,
                "ENT_SUBSTITUTE", 0x10, "ENT_DISALLOWED", 0x20, "ENT_HTML401", 0x40, "ENT_XML1", 0x80,
                "ENT_XHTML", 0x100, "ENT_HTML5", 0x200, "ISO-8859-1", 1, "ISO_8859_1", 1, "UTF-8", 1, "UTF8", 1,
                "HTML_ENTITIES", 1, "HTML_SPECIALCHARS", 2);
        put("JX9_URL_SCHEME", 1, "JX9_URL_HOST", 2, "JX9_URL_PORT", 3, "JX9_URL_USER", 4, "JX9_URL_PASS", 5,
                "JX9_URL_PATH", 6, "JX9_URL_QUERY", 7, "JX9_URL_FRAGMENT", 8, "JX9_QUERY_RFC1738", 1,
                "JX9_QUERY_RFC3986", 2, "FNM_NOESCAPE", 1, "FNM_PATHNAME", 2, "FNM_PERIOD", 4, "FNM_CASEFOLD", 8,
                "PATHINFO_DIRNAME", 1, "PATHINFO_BASENAME", 2, "PATHINFO_EXTENSION", 3, "PATHINFO_FILENAME", 4,
                "ASSERT_ACTIVE", 1, "ASSERT_WARNING", 2, "ASSERT_BAIL", 4, "ASSERT_QUIET_EVAL", 8,
                "ASSERT_CALLBACK", 16, "SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2, "LOCK_EX", 1, "LOCK_SH", 1,
                "LOCK_NB", 5, "LOCK_UN", 0, "FILE_USE_INC_PATH", 1, "FILE_IGN_NL", 2, "FILE_SKIP_EL", 4,
                "FILE_APPEND", 8, "SCANDIR_SORT_ASC", 0, "SCANDIR_SORT_DESC", 1, "SCANDIR_SORT_NONE", 2);
        put("GLOB_MARK", 1, "GLOB_NOSORT", 2, "GLOB_NOCHECK", 4, "GLOB_NOESCAPE", 8, "GLOB_BRACE", 16,
                "GLOB_ONLYDIR", 32, "GLOB_ERR", 64);
        // The engine's standard stream resources: scripts here have no streams, so they read as null
        // (what the engine's resources render as in JSON).
        put("STDIN", null, "stdin", null, "STDOUT", null, "stdout", null, "STDERR", null, "stderr", null);
        put("INI_SCANNER_NORMAL", 1, "INI_SCANNER_RAW", 2, "EXTR_OVERWRITE", 1, "EXTR_SKIP", 2,
                "EXTR_PREFIX_SAME", 4, "EXTR_PREFIX_ALL", 8, "EXTR_PREFIX_INVALID", 16, "EXTR_IF_EXISTS", 32,
                "EXTR_PREFIX_IF_EXISTS", 64);
    }

    private EngineConstants() {
    }

    private static void put(Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            TABLE.put((String) pairs[i], v instanceof Integer n ? Long.valueOf(n) : v);
        }
    }

    /** uname's system name, as the engine expands __OS__ (WinNT on Windows). */
    private static String osName() {
        String os = System.getProperty("os.name", "Unix");
        if (os.startsWith("Windows")) {
            return "WinNT";
        }
        return os.toLowerCase(Locale.ROOT).startsWith("mac") ? "Darwin" : os;
    }

    static boolean isBuiltin(String name) {
        return TABLE.containsKey(name);
    }

    /** The names in registration order. */
    static Set<String> names() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }

    /** The constant's value now (the clock constants expand at each use, in GMT), or the name itself. */
    static Object value(String name) {
        if (!TABLE.containsKey(name)) {
            return name;
        }
        Object v = TABLE.get(name);
        if (v == TIME || v == DATE) {
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            return now.format(DateTimeFormatter.ofPattern(v == TIME ? "HH:mm:ss" : "yyyy-MM-dd"));
        }
        return v;
    }
}
