package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A provider of a component (module) type: {@code {"config": {}, "dependencies": {}, "name": "p",
 * "pool": "__primary__", "provider_id": 42, "tags": [], "type": "yokan"}}.
 *
 * <p>Name and type are fixed at construction. {@code provider_id} defaults to
 * {@link #AUTO_PROVIDER_ID} (65535, "choose for me"); the pool defaults to {@code __primary__}.
 * {@code config}, {@code dependencies} and {@code tags} are as for {@link ClientSpec}.
 *
 * <p>Example:
 * <pre>{@code
 * ProviderSpec p = new ProviderSpec("my_provider", "yokan").providerId(42).pool(pool1)
 *         .config(Map.of("database", Map.of("type", "map")));
 * }</pre>
 */
public final class ProviderSpec extends ComponentSpec<ProviderSpec> {

    /** The provider id meaning "let Bedrock choose" (the default). */
    public static final int AUTO_PROVIDER_ID = 65535;

    private int providerId = AUTO_PROVIDER_ID;
    private PoolSpec pool = new PoolSpec(Names.PRIMARY);

    /**
     * Creates a provider with an automatic id on a (detached) {@code __primary__} pool.
     *
     * @param name the provider name (checked by {@link #validate()})
     * @param type the module type (non-empty for a valid spec)
     * @throws NullPointerException when an argument is {@code null}
     */
    public ProviderSpec(String name, String type) {
        super(name, type, "Provider");
    }

    @Override
    ProviderSpec self() {
        return this;
    }


    /** @return the provider id, {@link #AUTO_PROVIDER_ID} when Bedrock should choose */
    public int providerId() {
        return providerId;
    }

    /**
     * @param providerId 0..65535 for a valid spec; {@link #AUTO_PROVIDER_ID} lets Bedrock choose
     * @return this spec
     */
    public ProviderSpec providerId(int providerId) {
        this.providerId = providerId;
        return this;
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
    public ProviderSpec pool(PoolSpec pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code config}, {@code dependencies}, {@code name}, {@code pool} (name),
     * {@code provider_id}, {@code tags}, {@code type}.
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> sorted = new TreeMap<>(commonMap());
        sorted.put("pool", pool.name());
        sorted.put("provider_id", (long) providerId);
        return new LinkedHashMap<>(sorted);
    }

    /**
     * Reads a provider without argobots context (a pool name becomes a detached default pool;
     * an index is rejected). Prefer {@link #fromMap(Map, ArgobotsSpec)}.
     *
     * @param map e.g. {@code {"name": "p", "type": "yokan", "provider_id": 42}}
     * @return a new provider
     * @throws BedrockException when a required key is missing or a value has the wrong type
     */
    public static ProviderSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "", null);
    }

    /**
     * Reads a provider, resolving {@code pool} (name or index; default {@code __primary__})
     * against {@code abt}. {@code name} and {@code type} are required; unknown keys are ignored.
     *
     * @param map e.g. {@code {"name": "p", "type": "yokan", "pool": "pool1"}}
     * @param abt the Argobots section, may be {@code null}
     * @return a new provider
     * @throws BedrockException when a required key is missing, a value has the wrong type or
     *         the pool is unknown
     */
    public static ProviderSpec fromMap(Map<String, ?> map, ArgobotsSpec abt) {
        return parse(Objects.requireNonNull(map, "map"), "", abt);
    }

    /**
     * Reads a provider from JSON text without argobots context (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new provider
     * @throws BedrockException when the text is not a valid provider object
     */
    public static ProviderSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a provider"), "", null);
    }

    static ProviderSpec parse(Object value, String path, ArgobotsSpec abt) {
        String name = new Fields(value, path, "provider").requiredString("name");
        String owner = "provider " + Json.quote(name);
        Fields f = new Fields(value, path, owner);
        ProviderSpec p = new ProviderSpec(name, f.requiredString("type"));
        p.providerId = f.smallInteger("provider_id", AUTO_PROVIDER_ID);
        p.pool = f.has("pool") ? PoolRefs.resolve(f.raw("pool"), abt, f.path("pool"), owner)
                : abt == null ? new PoolSpec(Names.PRIMARY) : abt.primaryPool();
        p.readCommon(f);
        return p;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collect(out, path, null);
    }

    void collect(List<BedrockException> out, String path, ArgobotsSpec abt) {
        String owner = "provider " + Json.quote(name());
        Names.check(out, name(), "provider", path);
        Components.checkType(out, type(), owner, path);
        if (providerId < 0 || providerId > 65535) {
            out.add(new BedrockException("Invalid provider id " + providerId + " for " + owner
                    + " (expected an integer from 0 to 65535)", Json.child(path, "provider_id")));
        }
        PoolRefs.check(out, pool, abt, Json.child(path, "pool"), owner);
        Components.checkDependencies(out, dependencies, owner, path);
    }
}
