package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ABT-IO instance: {@code {"config": {}, "name": "io", "pool": "__primary__"}}.
 *
 * <p>The name is fixed at construction; the pool defaults to {@code __primary__} and the config
 * (a JSON-like object passed to ABT-IO as is) to {@code {}}.
 *
 * <p>Example: {@code new AbtIoSpec("io", pool1).config(Map.of("num_urings", 1))}.
 */
public final class AbtIoSpec extends Spec implements NamedSpec {

    private final String name;
    private PoolSpec pool;
    private Map<String, Object> config = new LinkedHashMap<>();

    /**
     * Creates an instance on a (detached) {@code __primary__} pool.
     *
     * @param name the instance name (checked by {@link #validate()})
     * @throws NullPointerException when {@code name} is {@code null}
     */
    public AbtIoSpec(String name) {
        this(name, new PoolSpec(Names.PRIMARY));
    }

    /**
     * Creates an instance.
     *
     * @param name the instance name (checked by {@link #validate()})
     * @param pool the pool its operations run in
     * @throws NullPointerException when an argument is {@code null}
     */
    public AbtIoSpec(String name, PoolSpec pool) {
        this.name = Names.requireName(name, "ABT-IO instance");
        pool(pool);
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return name;
    }

    /** @return the pool, never {@code null} */
    public PoolSpec pool() {
        return pool;
    }

    /**
     * @param pool the pool, one of the Argobots pools for a valid spec
     * @return this spec
     * @throws NullPointerException when {@code pool} is {@code null}
     */
    public AbtIoSpec pool(PoolSpec pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        return this;
    }

    /** @return the live JSON-like config object, never {@code null} */
    public Map<String, Object> config() {
        return config;
    }

    /**
     * @param config a JSON-like object (deep-copied)
     * @return this spec
     * @throws NullPointerException when {@code config} is {@code null}
     * @throws BedrockException when it holds a value that is not JSON-like
     */
    public AbtIoSpec config(Map<String, ?> config) {
        this.config = Components.copyConfig(config);
        return this;
    }

    /** {@inheritDoc} Keys: {@code config}, {@code name}, {@code pool} (name). */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("config", Json.normalize(config, ""));
        map.put("name", name);
        map.put("pool", pool.name());
        return map;
    }

    /**
     * Reads an instance without argobots context (a pool name becomes a detached default pool;
     * an index is rejected). Prefer {@link #fromMap(Map, ArgobotsSpec)}.
     *
     * @param map e.g. {@code {"name": "io", "pool": "p1"}}
     * @return a new instance
     * @throws BedrockException when {@code name} is missing or a value has the wrong type
     */
    public static AbtIoSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "", null);
    }

    /**
     * Reads an instance, resolving {@code pool} (name or index; default {@code __primary__})
     * against {@code abt}.
     *
     * @param map e.g. {@code {"name": "io", "pool": 0}}
     * @param abt the Argobots section, may be {@code null}
     * @return a new instance
     * @throws BedrockException when {@code name} is missing, a value has the wrong type or the
     *         pool is unknown
     */
    public static AbtIoSpec fromMap(Map<String, ?> map, ArgobotsSpec abt) {
        return parse(Objects.requireNonNull(map, "map"), "", abt);
    }

    /**
     * Reads an instance from JSON text without argobots context (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new instance
     * @throws BedrockException when the text is not a valid ABT-IO object
     */
    public static AbtIoSpec fromJson(String json) {
        return parse(Json.parseObject(json, "an ABT-IO instance"), "", null);
    }

    static AbtIoSpec parse(Object value, String path, ArgobotsSpec abt) {
        Fields f = new Fields(value, path, "ABT-IO instance");
        String name = f.requiredString("name");
        String owner = "ABT-IO instance " + Json.quote(name);
        f = new Fields(value, path, owner);
        PoolSpec pool = f.has("pool") ? PoolRefs.resolve(f.raw("pool"), abt, f.path("pool"), owner)
                : abt == null ? new PoolSpec(Names.PRIMARY) : abt.primaryPool();
        AbtIoSpec io = new AbtIoSpec(name, pool);
        io.config = f.object("config");
        return io;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collect(out, path, null);
    }

    void collect(List<BedrockException> out, String path, ArgobotsSpec abt) {
        Names.check(out, name, "ABT-IO instance", path);
        PoolRefs.check(out, pool, abt, Json.child(path, "pool"), "ABT-IO instance " + Json.quote(name));
    }
}
