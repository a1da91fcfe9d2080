package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code bedrock} section: the pool running Bedrock's own RPCs, Bedrock's provider id and
 * the dependency resolution timeout.
 *
 * <p>Defaults: pool {@code __primary__} (within a {@link ProcSpec}: Margo's {@code rpc_pool}),
 * {@code provider_id} 0, {@code dependency_resolution_timeout} 30 seconds. The timeout appears in
 * {@link #toMap()} only when it is not 30 (a daemon's output does not echo it).
 *
 * <p>Example: {@code new BedrockSpec(pool1).providerId(7).toJson()} gives
 * {@code {"pool":"pool1","provider_id":7}}.
 */
public final class BedrockSpec extends Spec {

    /** Default {@code dependency_resolution_timeout}, in seconds. */
    public static final double DEFAULT_DEPENDENCY_RESOLUTION_TIMEOUT = 30.0;

    private PoolSpec pool;
    private int providerId;
    private double dependencyResolutionTimeout = DEFAULT_DEPENDENCY_RESOLUTION_TIMEOUT;

    /** Creates the default section, on a (detached) {@code __primary__} pool. */
    public BedrockSpec() {
        this(new PoolSpec(Names.PRIMARY));
    }

    /**
     * Creates a section running on {@code pool}.
     *
     * @param pool the pool for Bedrock's RPCs
     * @throws NullPointerException when {@code pool} is {@code null}
     */
    public BedrockSpec(PoolSpec pool) {
        pool(pool);
    }

    /** @return the pool running Bedrock's RPCs, never {@code null} */
    public PoolSpec pool() {
        return pool;
    }

    /**
     * @param pool the pool for Bedrock's RPCs, one of the Argobots pools for a valid spec
     * @return this spec
     * @throws NullPointerException when {@code pool} is {@code null}
     */
    public BedrockSpec pool(PoolSpec pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        return this;
    }

    /** @return Bedrock's provider id (default 0) */
    public int providerId() {
        return providerId;
    }

    /**
     * @param providerId Bedrock's provider id, 0..65535 for a valid spec
     * @return this spec
     */
    public BedrockSpec providerId(int providerId) {
        this.providerId = providerId;
        return this;
    }

    /** @return how long dependency resolution may wait, in seconds (default 30) */
    public double dependencyResolutionTimeout() {
        return dependencyResolutionTimeout;
    }

    /**
     * @param seconds how long dependency resolution may wait, ≥0 for a valid spec
     * @return this spec
     */
    public BedrockSpec dependencyResolutionTimeout(double seconds) {
        this.dependencyResolutionTimeout = seconds;
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code dependency_resolution_timeout} (when not 30), {@code pool}
     * (name), {@code provider_id}.
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (dependencyResolutionTimeout != DEFAULT_DEPENDENCY_RESOLUTION_TIMEOUT) {
            map.put("dependency_resolution_timeout", dependencyResolutionTimeout);
        }
        map.put("pool", pool.name());
        map.put("provider_id", (long) providerId);
        return map;
    }

    /**
     * Reads the section without argobots context: a pool name becomes a detached default
     * {@code PoolSpec}, an index is rejected. Prefer {@link #fromMap(Map, ArgobotsSpec)}.
     *
     * @param map e.g. {@code {"pool": "p1", "provider_id": 7}}
     * @return a new section
     * @throws BedrockException on a wrong type or a pool index
     */
    public static BedrockSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "", null, null);
    }

    /**
     * Reads the section, resolving {@code pool} (name or index) against {@code abt}; an absent
     * pool means {@code abt.primaryPool()}.
     *
     * @param map e.g. {@code {"pool": "p1", "provider_id": 7}}
     * @param abt the Argobots section, may be {@code null} (then as {@link #fromMap(Map)})
     * @return a new section
     * @throws BedrockException on a wrong type or an unknown pool
     */
    public static BedrockSpec fromMap(Map<String, ?> map, ArgobotsSpec abt) {
        return parse(Objects.requireNonNull(map, "map"), "", abt, null);
    }

    /**
     * Reads the section from JSON text without argobots context (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new section
     * @throws BedrockException when the text is not a valid bedrock object
     */
    public static BedrockSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a bedrock section"), "", null, null);
    }

    static BedrockSpec parse(Object value, String path, ArgobotsSpec abt, PoolSpec defaultPool) {
        Fields f = new Fields(value, path, "the \"bedrock\" section");
        PoolSpec pool;
        if (f.has("pool")) {
            pool = PoolRefs.resolve(f.raw("pool"), abt, f.path("pool"), "the \"bedrock\" section");
        } else if (defaultPool != null) {
            pool = defaultPool;
        } else {
            pool = abt == null ? new PoolSpec(Names.PRIMARY) : abt.primaryPool();
        }
        return new BedrockSpec(pool)
                .providerId(f.smallInteger("provider_id", 0))
                .dependencyResolutionTimeout(f.number("dependency_resolution_timeout",
                        DEFAULT_DEPENDENCY_RESOLUTION_TIMEOUT));
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collect(out, path, null);
    }

    void collect(List<BedrockException> out, String path, ArgobotsSpec abt) {
        if (providerId < 0 || providerId > 65535) {
            out.add(new BedrockException("Invalid provider id " + providerId
                    + " for Bedrock (expected an integer from 0 to 65535)", Json.child(path, "provider_id")));
        }
        if (!(dependencyResolutionTimeout >= 0) || Double.isInfinite(dependencyResolutionTimeout)) {
            out.add(new BedrockException("Invalid dependency_resolution_timeout "
                    + dependencyResolutionTimeout + " (expected a finite number of seconds ≥0)",
                    Json.child(path, "dependency_resolution_timeout")));
        }
        PoolRefs.check(out, pool, abt, Json.child(path, "pool"), "the \"bedrock\" section");
    }
}
