package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scheduler of an xstream: {@code {"pools": ["p1", "p2"], "type": "basic_wait"}}.
 *
 * <p>The type defaults to {@link SchedulerType#BASIC_WAIT}. The pools are references to
 * {@link PoolSpec} objects, written as pool names; a valid scheduler has at least one pool and,
 * within an {@link ArgobotsSpec}, only pools of that spec (checked by {@code validate()}).
 *
 * <p>Example: {@code new SchedulerSpec(SchedulerType.BASIC, p1, p2)}.
 */
public final class SchedulerSpec extends Spec {

    private SchedulerType type = SchedulerType.BASIC_WAIT;
    private final List<PoolSpec> pools = new ArrayList<>();

    /**
     * Creates a scheduler.
     *
     * @param type the scheduler type
     * @param pools the pools it serves, in priority order (≥1 for a valid spec)
     * @throws NullPointerException when an argument or a pool is {@code null}
     */
    public SchedulerSpec(SchedulerType type, PoolSpec... pools) {
        this(type, Arrays.asList(pools));
    }

    /**
     * Creates a scheduler.
     *
     * @param type the scheduler type
     * @param pools the pools it serves, in priority order (≥1 for a valid spec)
     * @throws NullPointerException when an argument or a pool is {@code null}
     */
    public SchedulerSpec(SchedulerType type, List<PoolSpec> pools) {
        type(type);
        pools(pools);
    }

    /**
     * Returns the scheduler type.
     *
     * @return the type, never {@code null}
     */
    public SchedulerType type() {
        return type;
    }

    /**
     * Sets the scheduler type.
     *
     * @param type the type
     * @return this spec
     * @throws NullPointerException when {@code type} is {@code null}
     */
    public SchedulerSpec type(SchedulerType type) {
        this.type = Objects.requireNonNull(type, "type");
        return this;
    }

    /**
     * Returns the live, modifiable list of pools (changes affect this spec).
     *
     * @return the pools, never {@code null}
     */
    public List<PoolSpec> pools() {
        return pools;
    }

    /**
     * Replaces the pools.
     *
     * @param pools the new pools, in order
     * @return this spec
     * @throws NullPointerException when the list or one of its pools is {@code null}
     */
    public SchedulerSpec pools(List<PoolSpec> pools) {
        List<PoolSpec> copy = new ArrayList<>(pools);
        copy.forEach(p -> Objects.requireNonNull(p, "pool"));
        this.pools.clear();
        this.pools.addAll(copy);
        return this;
    }

    /** {@inheritDoc} Keys: {@code pools} (names), {@code type}. */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> names = new ArrayList<>();
        for (PoolSpec p : pools) {
            names.add(p == null ? null : p.name());
        }
        map.put("pools", names);
        map.put("type", type.jsonName());
        return map;
    }

    /**
     * Reads a scheduler without argobots context: pool names become detached default
     * {@code PoolSpec}s and pool indices are rejected. Prefer
     * {@link #fromMap(Map, ArgobotsSpec)}.
     *
     * @param map e.g. {@code {"type": "basic", "pools": ["p1"]}}
     * @return a new scheduler
     * @throws BedrockException on a wrong type, an unknown type name or a pool index
     */
    public static SchedulerSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "", null);
    }

    /**
     * Reads a scheduler, resolving pool names and indices against {@code abt}'s pools.
     *
     * @param map e.g. {@code {"type": "basic", "pools": ["p1", 1]}}
     * @param abt the argobots spec whose pools are referenced, may be {@code null} (then as
     *        {@link #fromMap(Map)})
     * @return a new scheduler
     * @throws BedrockException on a wrong type, an unknown type name or an unknown pool
     */
    public static SchedulerSpec fromMap(Map<String, ?> map, ArgobotsSpec abt) {
        return parse(Objects.requireNonNull(map, "map"), "", abt);
    }

    /**
     * Reads a scheduler from JSON text without argobots context (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new scheduler
     * @throws BedrockException when the text is not a valid scheduler object
     */
    public static SchedulerSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a scheduler"), "", null);
    }

    static SchedulerSpec parse(Object value, String path, ArgobotsSpec abt) {
        return parse(value, path, abt, "scheduler");
    }

    static SchedulerSpec parse(Object value, String path, ArgobotsSpec abt, String owner) {
        Fields f = new Fields(value, path, owner);
        SchedulerType type = SchedulerType.BASIC_WAIT;
        if (f.has("type")) {
            type = Enums.parse(SchedulerType.values(), SchedulerType::jsonName,
                    f.string("type", null), "scheduler type", "in " + owner, f.path("type"));
        }
        List<PoolSpec> pools = new ArrayList<>();
        List<Object> refs = f.list("pools");
        for (int i = 0; i < refs.size(); i++) {
            pools.add(PoolRefs.resolve(refs.get(i), abt, Json.child(f.path("pools"), i), owner));
        }
        return new SchedulerSpec(type, pools);
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collect(out, path, null, "scheduler");
    }

    void collect(List<BedrockException> out, String path, ArgobotsSpec abt, String owner) {
        if (pools.isEmpty()) {
            out.add(new BedrockException("Scheduler of " + owner + " has no pool (expected at least one)",
                    Json.child(path, "pools")));
        }
        for (int i = 0; i < pools.size(); i++) {
            PoolRefs.check(out, pools.get(i), abt, Json.child(Json.child(path, "pools"), i),
                    "the scheduler of " + owner);
        }
    }
}
