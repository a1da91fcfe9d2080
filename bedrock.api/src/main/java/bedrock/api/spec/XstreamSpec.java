package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Argobots execution stream:
 * {@code {"name": "x1", "scheduler": {"pools": ["p1"], "type": "basic_wait"}}}.
 *
 * <p>The name is fixed at construction. {@code cpubind} defaults to -1 (no binding) and
 * {@code affinity} to an empty list; like the daemon's output, {@link #toMap()} writes them only
 * when they differ from these defaults.
 *
 * <p>Example: {@code new XstreamSpec("x1", new SchedulerSpec(SchedulerType.BASIC_WAIT, pool1))}.
 */
public final class XstreamSpec extends Spec implements NamedSpec {

    private final String name;
    private SchedulerSpec scheduler;
    private int cpubind = -1;
    private final List<Integer> affinity = new ArrayList<>();

    /**
     * Creates an xstream.
     *
     * @param name the xstream name (checked by {@link #validate()})
     * @param scheduler its scheduler
     * @throws NullPointerException when an argument is {@code null}
     */
    public XstreamSpec(String name, SchedulerSpec scheduler) {
        this.name = Names.requireName(name, "Xstream");
        scheduler(scheduler);
    }

    /**
     * Creates an xstream with a {@code basic_wait} scheduler on one pool.
     *
     * @param name the xstream name (checked by {@link #validate()})
     * @param pool the pool its scheduler serves
     * @throws NullPointerException when an argument is {@code null}
     */
    public XstreamSpec(String name, PoolSpec pool) {
        this(name, new SchedulerSpec(SchedulerType.BASIC_WAIT, Objects.requireNonNull(pool, "pool")));
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return name;
    }

    /**
     * Returns the scheduler (live: changes affect this spec).
     *
     * @return the scheduler, never {@code null}
     */
    public SchedulerSpec scheduler() {
        return scheduler;
    }

    /**
     * Sets the scheduler.
     *
     * @param scheduler the scheduler
     * @return this spec
     * @throws NullPointerException when {@code scheduler} is {@code null}
     */
    public XstreamSpec scheduler(SchedulerSpec scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return this;
    }

    /**
     * Returns the CPU this xstream is bound to.
     *
     * @return a CPU number, or -1 (the default) for no binding
     */
    public int cpubind() {
        return cpubind;
    }

    /**
     * Sets the CPU this xstream is bound to.
     *
     * @param cpubind a CPU number, or -1 for none
     * @return this spec
     */
    public XstreamSpec cpubind(int cpubind) {
        this.cpubind = cpubind;
        return this;
    }

    /**
     * Returns the live, modifiable list of CPUs this xstream may run on.
     *
     * @return the affinity list, empty by default, never {@code null}
     */
    public List<Integer> affinity() {
        return affinity;
    }

    /**
     * Replaces the affinity list.
     *
     * @param affinity CPU numbers
     * @return this spec
     * @throws NullPointerException when the list or an element is {@code null}
     */
    public XstreamSpec affinity(List<Integer> affinity) {
        List<Integer> copy = new ArrayList<>(affinity);
        copy.forEach(c -> Objects.requireNonNull(c, "cpu"));
        this.affinity.clear();
        this.affinity.addAll(copy);
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code affinity} (only when not empty), {@code cpubind} (only when not
     * -1), {@code name}, {@code scheduler}.
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!affinity.isEmpty()) {
            List<Object> cpus = new ArrayList<>();
            affinity.forEach(c -> cpus.add(c == null ? null : c.longValue()));
            map.put("affinity", cpus);
        }
        if (cpubind != -1) {
            map.put("cpubind", (long) cpubind);
        }
        map.put("name", name);
        map.put("scheduler", scheduler.toMap());
        return map;
    }

    /**
     * Reads an xstream without argobots context (scheduler pool names become detached default
     * pools; indices are rejected). Prefer {@link #fromMap(Map, ArgobotsSpec)}.
     *
     * @param map e.g. {@code {"name": "x1", "scheduler": {"pools": ["p1"]}}}
     * @return a new xstream
     * @throws BedrockException when {@code name} is missing or a value is invalid
     */
    public static XstreamSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "", null);
    }

    /**
     * Reads an xstream, resolving scheduler pools against {@code abt}. A missing scheduler means
     * {@code basic_wait} on the {@code __primary__} pool.
     *
     * @param map the xstream object
     * @param abt the argobots spec whose pools are referenced, may be {@code null}
     * @return a new xstream
     * @throws BedrockException when {@code name} is missing, a value is invalid or a pool
     *         reference cannot be resolved
     */
    public static XstreamSpec fromMap(Map<String, ?> map, ArgobotsSpec abt) {
        return parse(Objects.requireNonNull(map, "map"), "", abt);
    }

    /**
     * Reads an xstream from JSON text without argobots context (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new xstream
     * @throws BedrockException when the text is not a valid xstream object
     */
    public static XstreamSpec fromJson(String json) {
        return parse(Json.parseObject(json, "an xstream"), "", null);
    }

    static XstreamSpec parse(Object value, String path, ArgobotsSpec abt) {
        Fields f = new Fields(value, path, "xstream");
        String name = f.requiredString("name");
        String owner = "xstream " + Json.quote(name);
        SchedulerSpec scheduler;
        if (f.has("scheduler")) {
            scheduler = SchedulerSpec.parse(f.raw("scheduler"), f.path("scheduler"), abt, owner);
        } else {
            PoolSpec primary = abt == null ? new PoolSpec(Names.PRIMARY) : abt.primaryPool();
            scheduler = new SchedulerSpec(SchedulerType.BASIC_WAIT, primary);
        }
        Fields named = new Fields(value, path, owner);
        return new XstreamSpec(name, scheduler)
                .cpubind(named.smallInteger("cpubind", -1))
                .affinity(named.integers("affinity"));
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collect(out, path, null);
    }

    void collect(List<BedrockException> out, String path, ArgobotsSpec abt) {
        Names.check(out, name, "xstream", path);
        scheduler.collect(out, Json.child(path, "scheduler"), abt, "xstream " + Json.quote(name));
    }
}
