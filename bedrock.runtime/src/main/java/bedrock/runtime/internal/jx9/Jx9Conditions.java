package bedrock.runtime.internal.jx9;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bedrock's {@code __if__} conditions: {@code return (<expr>) == true;} is run and the condition holds
 * iff the result is boolean true. Compiled conditions are cached (configs repeat the same ones).
 */
public final class Jx9Conditions {
    private static final int MAX_CACHED = 256;
    private static final Map<String, Jx9Script> CACHE = new ConcurrentHashMap<>();

    private Jx9Conditions() {
    }

    /**
     * Evaluates a condition with the given globals under default limits; a condition stopped by a
     * limit is false.
     */
    public static boolean evaluate(String expression, Map<String, Object> globals) throws Jx9CompileException {
        Jx9Script script = CACHE.get(expression);
        if (script == null) {
            script = Jx9Script.compile("return (" + expression + ") == true;");
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            CACHE.put(expression, script);
        }
        Jx9Result r = script.execute(globals, Jx9Limits.defaults());
        return Boolean.TRUE.equals(r.value());
    }
}
