package bedrock.module.flock;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.membership.Swim;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code group} backend of a flock provider and its settings, defaults filled in.
 * {@code static}: members fixed at creation, no failure detection. {@code centralized}
 * ({@code ping_interval_ms}, {@code ping_timeout_ms}, {@code ping_max_num_timeouts}) and
 * {@code swim} ({@code protocol_period_ms}, {@code ping_timeout_ms}, {@code ping_req_timeout_ms},
 * {@code ping_req_members}, {@code suspicion_timeout_ms}) run on the membership engine, whose
 * failure detection they configure (see {@link #swim()}).
 */
record GroupSettings(String type, Map<String, Object> values) {

    private static final Map<String, Map<String, Double>> DEFAULTS = Map.of(
            "static", Map.of(),
            "centralized", ordered("ping_interval_ms", 1000.0, "ping_timeout_ms", 400.0,
                    "ping_max_num_timeouts", 3.0),
            "swim", ordered("protocol_period_ms", 1000.0, "ping_timeout_ms", 200.0, "ping_req_timeout_ms", 500.0,
                    "ping_req_members", 3.0, "suspicion_timeout_ms", 5000.0));

    /** Longest accepted period or timeout, in ms: one hour. */
    static final double MAX_MS = 3_600_000;

    static GroupSettings parse(String type, Object config) {
        Map<String, Double> defaults = DEFAULTS.get(type);
        if (defaults == null) {
            throw new BedrockException("[flock] Unknown backend type " + Json.write(type)
                    + " (expected \"static\", \"centralized\" or \"swim\")", "group/type");
        }
        if (config != null && !(config instanceof Map)) {
            throw new BedrockException("[flock] \"group.config\" should be an object, got " + Json.write(config),
                    "group/config");
        }
        Map<?, ?> given = config == null ? Map.of() : (Map<?, ?>) config;
        Map<String, Object> values = new LinkedHashMap<>();
        defaults.forEach((key, fallback) -> values.put(key, number(given, key, fallback)));
        given.forEach((k, v) -> values.putIfAbsent(String.valueOf(k), v));
        return new GroupSettings(type, values);
    }

    private static Object number(Map<?, ?> given, String key, double fallback) {
        Object v = given.get(key);
        if (v == null) {
            return whole(fallback);
        }
        boolean count = key.endsWith("_members") || key.endsWith("_timeouts");
        if (!(v instanceof Number n) || n.doubleValue() < (count ? 1 : 1e-3) || n.doubleValue() > (count ? 64 : MAX_MS)
                || count && n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new BedrockException("[flock] Invalid value " + Json.write(v) + " for \"" + key + "\" ("
                    + (count ? "expected an integer in 1..64" : "expected a number of ms in (0, 3600000]") + ")",
                    "group/config/" + key);
        }
        return v;
    }

    private static Object whole(double d) {
        return d == Math.rint(d) ? (Object) (long) d : d;
    }

    private static Map<String, Double> ordered(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    /** Whether members are tracked by the membership engine (every backend but {@code static}). */
    boolean dynamic() {
        return !type.equals("static");
    }

    /**
     * The engine's failure-detection settings. centralized: the ping interval is the period and
     * {@code ping_max_num_timeouts} missed pings the suspicion; swim: the protocol period, the
     * suspicion timeout in whole periods (rounded up) and {@code ping_req_members} as the subgroup.
     */
    Swim swim() {
        if (type.equals("centralized")) {
            return Swim.of(ms("ping_interval_ms"), ms("ping_max_num_timeouts"), 1, false);
        }
        long period = ms("protocol_period_ms");
        long periods = (long) Math.ceil(((Number) values.get("suspicion_timeout_ms")).doubleValue() / period);
        return Swim.of(period, Math.max(1, periods), ms("ping_req_members"), false);
    }

    private long ms(String key) {
        return Math.max(1, Math.round(((Number) values.get(key)).doubleValue()));
    }

    Map<String, Object> toMap() {
        return values;
    }
}
