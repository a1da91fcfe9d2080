package bedrock.runtime.internal.jx9;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The engine's version, random-number, resource, command-line and dump built-ins, with its
 * answers for odd arguments (jx9_vm.c vm_builtin_*).
 */
final class EngineInfoLib {
    /** jx9_version(), jx9_credits(), jx9_info() and jx9_copyright() all answer this text. */
    static final String VERSION_TEXT =
            "1.7.2 Jx9/1.7.2, Copyright (C) Symisc Systems 2012-2013, http://jx9.symisc.net/";
    private static final long RAND_MAX = 0xFFFFFFFFL;

    private EngineInfoLib() {
    }

    static void register(Map<String, Builtin> t) {
        for (String n : new String[] {"jx9_version", "jx9_credits", "jx9_info", "jx9_copyright"}) {
            t.put(n, (f, a, l) -> VERSION_TEXT);
        }
        t.put("getrandmax", (f, a, l) -> RAND_MAX);
        t.put("rand", (f, a, l) -> rand(a));
        t.put("rand_str", (f, a, l) -> randStr(a));
        // No value of a sandboxed script is a resource.
        t.put("get_resource_type", (f, a, l) -> Boolean.FALSE);
        t.put("getopt", EngineInfoLib::getopt);
        t.put("dump", EngineInfoLib::dump);
        for (String n : new String[] {"exit", "die"}) {
            // The statement forms are parsed as such; this is the callable form (call_user_func).
            t.put(n, EngineInfoLib::exit);
        }
    }

    /** An unsigned 32-bit number; the bounds are read as unsigned 32-bit, as the engine does. */
    private static Object rand(Object[] a) {
        long n = ThreadLocalRandom.current().nextInt() & RAND_MAX;
        if (a.length > 1) {
            long min = Values.toLong(a[0]) & RAND_MAX;
            long max = Values.toLong(a[1]) & RAND_MAX;
            if (min < max) {
                n = n % (max + 1 - min) + min;
            } else if (max > 0) {
                n %= max;      // the engine's answer for min >= max: below max
            }
        }
        return n;
    }

    /** Lower-case letters; a length outside 1..1024 (or none) gives 16. */
    private static Object randStr(Object[] a) {
        long len = a.length > 0 ? (int) Values.toLong(a[0]) : 16;
        if (len < 1 || len > 1024) {
            len = 16;
        }
        StringBuilder sb = new StringBuilder((int) len);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    /** exit(): a string is printed first, then the script ends. */
    private static Object exit(Frame f, Object[] a, int line) {
        if (a.length > 0 && a[0] instanceof String s) {
            f.in.print(s);
        }
        throw new Interp.ExitSignal();
    }

    /** A query has no command line: the engine then answers an empty array (false without options). */
    private static Object getopt(Frame f, Object[] a, int line) {
        if (a.length == 0 || !(a[0] instanceof String)) {
            f.in.error(line, "getopt(): Missing/Invalid option arguments");
            return Boolean.FALSE;
        }
        return new Jx9Array();
    }

    /** One line per argument: {@code int(1)}, {@code string(2 'ab')}, {@code JSON Array(2 [1,2])}, {@code null}. */
    private static Object dump(Frame f, Object[] a, int line) {
        for (Object v : a) {
            f.in.print(dumpLine(v));
        }
        return null;
    }

    static String dumpLine(Object v) {
        if (v == null) {
            return "null\n";
        }
        String body;
        if (v instanceof String s) {
            body = s.length() + " '" + s + "'";
        } else if (v instanceof Jx9Array x) {
            body = x.size() + " " + EngineJson.encode(x);
        } else {
            body = Values.toStr(v);
        }
        return Values.typeName(v) + "(" + body + ")\n";
    }
}
