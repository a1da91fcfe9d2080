package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Argobots pool: {@code {"access": "mpmc", "kind": "fifo_wait", "name": "p1"}}.
 *
 * <p>The name is fixed at construction; kind defaults to {@link PoolKind#FIFO_WAIT} and access
 * to {@link PoolAccess#MPMC}. Other specs refer to pools by object (serialised as the name).
 *
 * <p>Example: {@code new PoolSpec("p1").kind(PoolKind.FIFO).toJson()} gives
 * {@code {"access":"mpmc","kind":"fifo","name":"p1"}}.
 */
public final class PoolSpec extends Spec implements NamedSpec {

    private final String name;
    private PoolKind kind = PoolKind.FIFO_WAIT;
    private PoolAccess access = PoolAccess.MPMC;

    /**
     * Creates a pool with default kind and access.
     *
     * @param name the pool name (checked by {@link #validate()})
     * @throws NullPointerException when {@code name} is {@code null}
     */
    public PoolSpec(String name) {
        this.name = Names.requireName(name, "Pool");
    }

    /**
     * Creates a pool.
     *
     * @param name the pool name (checked by {@link #validate()})
     * @param kind the pool kind
     * @param access the access mode
     * @throws NullPointerException when an argument is {@code null}
     */
    public PoolSpec(String name, PoolKind kind, PoolAccess access) {
        this(name);
        kind(kind);
        access(access);
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return name;
    }

    /**
     * Returns the pool kind.
     *
     * @return the kind, never {@code null}
     */
    public PoolKind kind() {
        return kind;
    }

    /**
     * Sets the pool kind.
     *
     * @param kind the kind
     * @return this spec
     * @throws NullPointerException when {@code kind} is {@code null}
     */
    public PoolSpec kind(PoolKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        return this;
    }

    /**
     * Returns the access mode.
     *
     * @return the access mode, never {@code null}
     */
    public PoolAccess access() {
        return access;
    }

    /**
     * Sets the access mode.
     *
     * @param access the access mode
     * @return this spec
     * @throws NullPointerException when {@code access} is {@code null}
     */
    public PoolSpec access(PoolAccess access) {
        this.access = Objects.requireNonNull(access, "access");
        return this;
    }

    /** {@inheritDoc} Keys: {@code access}, {@code kind}, {@code name}. */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("access", access.jsonName());
        map.put("kind", kind.jsonName());
        map.put("name", name);
        return map;
    }

    /**
     * Reads a pool from a JSON-like map; {@code kind} and {@code access} may be absent (defaults)
     * and unknown keys are ignored.
     *
     * @param map the pool object, e.g. {@code {"name": "p1", "kind": "fifo"}}
     * @return a new pool
     * @throws BedrockException when {@code name} is missing, a value has the wrong type or an
     *         enumeration value is unknown; the path is relative to {@code map}
     * @throws NullPointerException when {@code map} is {@code null}
     */
    public static PoolSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads a pool from JSON text (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new pool
     * @throws BedrockException when the text is not a valid pool object
     */
    public static PoolSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a pool"), "");
    }

    static PoolSpec parse(Object value, String path) {
        Fields f = new Fields(value, path, "pool");
        String name = f.requiredString("name");
        String owner = "for pool " + Json.quote(name);
        PoolSpec pool = new PoolSpec(name);
        if (f.has("kind")) {
            Object v = f.raw("kind");
            if (!(v instanceof String)) {
                throw f.wrongType("kind", v, "a string");
            }
            pool.kind(Enums.parse(PoolKind.values(), PoolKind::jsonName, (String) v, "pool kind",
                    owner, f.path("kind")));
        }
        if (f.has("access")) {
            Object v = f.raw("access");
            if (!(v instanceof String)) {
                throw f.wrongType("access", v, "a string");
            }
            pool.access(Enums.parse(PoolAccess.values(), PoolAccess::jsonName, (String) v,
                    "pool access", owner, f.path("access")));
        }
        return pool;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        Names.check(out, name, "pool", path);
    }
}
