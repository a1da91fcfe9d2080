package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code margo.argobots} section: pools, xstreams and Argobots settings.
 *
 * <p>Defaults: {@code abt_mem_max_num_stacks} 8, {@code abt_thread_stacksize} 2097152,
 * {@code lazy_stack_alloc} false, {@code profiling_dir} ".", one pool {@code __primary__}
 * (fifo_wait, mpmc) and one xstream {@code __primary__} whose {@code basic_wait} scheduler
 * serves it. {@code version} is reported by a running daemon and is {@code null} otherwise.
 *
 * <p>Margo always provides a {@code __primary__} pool: a reference to a pool named
 * {@code __primary__} is accepted even when {@link #pools()} does not list one (Margo appends it
 * after the listed pools when no xstream is named {@code __primary__}).
 *
 * <p>Example:
 * <pre>{@code
 * ArgobotsSpec abt = new ArgobotsSpec();
 * PoolSpec p1 = new PoolSpec("p1");
 * abt.add(p1).add(new XstreamSpec("x1", p1));
 * }</pre>
 */
public final class ArgobotsSpec extends Spec {

    private long abtMemMaxNumStacks = 8;
    private long abtThreadStacksize = 2097152;
    private boolean lazyStackAlloc;
    private String profilingDir = ".";
    private String version;
    private final SpecList<PoolSpec> pools = new SpecList<>("pool");
    private final SpecList<XstreamSpec> xstreams = new SpecList<>("xstream");

    /** Creates the default section: a {@code __primary__} pool served by a {@code __primary__} xstream. */
    public ArgobotsSpec() {
        PoolSpec primary = new PoolSpec(Names.PRIMARY);
        pools.add(primary);
        xstreams.add(new XstreamSpec(Names.PRIMARY, primary));
    }

    private ArgobotsSpec(boolean empty) {
    }

    /**
     * Returns the listed pool named {@code __primary__}, or a new detached default one when none
     * is listed (the pool Margo would add).
     *
     * @return a pool named {@code __primary__}, never {@code null}
     */
    public PoolSpec primaryPool() {
        return pools.find(Names.PRIMARY).orElseGet(() -> new PoolSpec(Names.PRIMARY));
    }

    /**
     * Applies Margo's implicit {@code __primary__} rule, as the daemon does when it starts: when
     * no xstream is named {@code __primary__}, appends a {@code __primary__} xstream with a
     * {@code basic_wait} scheduler on the {@code __primary__} pool after the listed xstreams; and
     * when that pool is needed (by this new xstream or by a scheduler naming it) but not listed,
     * appends a default {@code __primary__} pool after the listed pools. Scheduler references
     * named {@code __primary__} then point at the listed pool. Calling it twice changes nothing.
     *
     * <p>Example: pools {@code [p1]} and xstreams {@code [x1]} become
     * {@code [p1, __primary__]} and {@code [x1, __primary__]}.
     *
     * @return this spec
     */
    public ArgobotsSpec addImplicitPrimary() {
        boolean primaryXstream = xstreams.contains(Names.PRIMARY);
        boolean referenced = xstreams.stream().flatMap(x -> x.scheduler().pools().stream())
                .anyMatch(p -> Names.PRIMARY.equals(p.name()));
        if (!pools.contains(Names.PRIMARY) && (!primaryXstream || referenced)) {
            pools.add(new PoolSpec(Names.PRIMARY));
        }
        if (!primaryXstream) {
            xstreams.add(new XstreamSpec(Names.PRIMARY, pools.get(Names.PRIMARY)));
        }
        pools.find(Names.PRIMARY).ifPresent(primary -> xstreams.forEach(x -> x.scheduler().pools()
                .replaceAll(p -> Names.PRIMARY.equals(p.name()) ? primary : p)));
        return this;
    }

    /** @return the maximum number of cached stacks (default 8) */
    public long abtMemMaxNumStacks() {
        return abtMemMaxNumStacks;
    }

    /**
     * @param value the maximum number of cached stacks, ≥0 for a valid spec
     * @return this spec
     */
    public ArgobotsSpec abtMemMaxNumStacks(long value) {
        this.abtMemMaxNumStacks = value;
        return this;
    }

    /** @return the ULT stack size in bytes (default 2097152) */
    public long abtThreadStacksize() {
        return abtThreadStacksize;
    }

    /**
     * @param value the ULT stack size in bytes, &gt;0 for a valid spec
     * @return this spec
     */
    public ArgobotsSpec abtThreadStacksize(long value) {
        this.abtThreadStacksize = value;
        return this;
    }

    /** @return whether stacks are allocated lazily (default false) */
    public boolean lazyStackAlloc() {
        return lazyStackAlloc;
    }

    /**
     * @param value whether stacks are allocated lazily
     * @return this spec
     */
    public ArgobotsSpec lazyStackAlloc(boolean value) {
        this.lazyStackAlloc = value;
        return this;
    }

    /** @return the profiling output directory (default "."), never {@code null} */
    public String profilingDir() {
        return profilingDir;
    }

    /**
     * @param value the profiling output directory
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public ArgobotsSpec profilingDir(String value) {
        this.profilingDir = Objects.requireNonNull(value, "profilingDir");
        return this;
    }

    /** @return the Argobots version reported by a daemon, or {@code null} */
    public String version() {
        return version;
    }

    /**
     * @param value the Argobots version, or {@code null} to leave it out of {@link #toMap()}
     * @return this spec
     */
    public ArgobotsSpec version(String value) {
        this.version = value;
        return this;
    }

    /** @return the live list of pools (names unique), never {@code null} */
    public SpecList<PoolSpec> pools() {
        return pools;
    }

    /**
     * Replaces all pools (references held elsewhere are not changed).
     *
     * @param pools the new pools
     * @return this spec
     * @throws BedrockException on a duplicate name (nothing changes)
     */
    public ArgobotsSpec pools(List<PoolSpec> pools) {
        this.pools.setAll(pools);
        return this;
    }

    /** @return the live list of xstreams (names unique), never {@code null} */
    public SpecList<XstreamSpec> xstreams() {
        return xstreams;
    }

    /**
     * Replaces all xstreams.
     *
     * @param xstreams the new xstreams
     * @return this spec
     * @throws BedrockException on a duplicate name (nothing changes)
     */
    public ArgobotsSpec xstreams(List<XstreamSpec> xstreams) {
        this.xstreams.setAll(xstreams);
        return this;
    }

    /**
     * Appends a pool.
     *
     * @param pool the pool
     * @return this spec
     * @throws BedrockException when a pool with that name exists
     */
    public ArgobotsSpec add(PoolSpec pool) {
        pools.add(pool);
        return this;
    }

    /**
     * Appends an xstream.
     *
     * @param xstream the xstream
     * @return this spec
     * @throws BedrockException when an xstream with that name exists
     */
    public ArgobotsSpec add(XstreamSpec xstream) {
        xstreams.add(xstream);
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code abt_mem_max_num_stacks}, {@code abt_thread_stacksize},
     * {@code lazy_stack_alloc}, {@code pools}, {@code profiling_dir}, {@code version} (when
     * set), {@code xstreams}.
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("abt_mem_max_num_stacks", abtMemMaxNumStacks);
        map.put("abt_thread_stacksize", abtThreadStacksize);
        map.put("lazy_stack_alloc", lazyStackAlloc);
        List<Object> poolMaps = new ArrayList<>();
        pools.forEach(p -> poolMaps.add(p.toMap()));
        map.put("pools", poolMaps);
        map.put("profiling_dir", profilingDir);
        if (version != null) {
            map.put("version", version);
        }
        List<Object> xstreamMaps = new ArrayList<>();
        xstreams.forEach(x -> xstreamMaps.add(x.toMap()));
        map.put("xstreams", xstreamMaps);
        return map;
    }

    /**
     * Reads the section; absent keys take their defaults (absent {@code pools}: one
     * {@code __primary__} pool; absent {@code xstreams}: one {@code __primary__} xstream on the
     * {@code __primary__} pool). Scheduler pools may be names or indices. Unknown keys are ignored.
     *
     * @param map e.g. {@code {"pools": [{"name": "p1"}], "xstreams": [...]}}
     * @return a new section
     * @throws BedrockException on a wrong type, unknown enumeration value, duplicate name or
     *         unresolvable pool reference; the path is relative to {@code map}
     */
    public static ArgobotsSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads the section from JSON text (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new section
     * @throws BedrockException when the text is not a valid argobots object
     */
    public static ArgobotsSpec fromJson(String json) {
        return parse(Json.parseObject(json, "an argobots section"), "");
    }

    static ArgobotsSpec parse(Object value, String path) {
        Fields f = new Fields(value, path, "the \"argobots\" section");
        ArgobotsSpec abt = new ArgobotsSpec(true);
        abt.abtMemMaxNumStacks = f.integer("abt_mem_max_num_stacks", 8);
        abt.abtThreadStacksize = f.integer("abt_thread_stacksize", 2097152);
        abt.lazyStackAlloc = f.bool("lazy_stack_alloc", false);
        abt.profilingDir = f.string("profiling_dir", ".");
        abt.version = f.string("version", null);
        if (f.has("pools")) {
            List<Object> items = f.list("pools");
            for (int i = 0; i < items.size(); i++) {
                String at = Json.child(f.path("pools"), i);
                abt.pools.addAt(PoolSpec.parse(items.get(i), at), at);
            }
        } else {
            abt.pools.add(new PoolSpec(Names.PRIMARY));
        }
        if (f.has("xstreams")) {
            List<Object> items = f.list("xstreams");
            for (int i = 0; i < items.size(); i++) {
                String at = Json.child(f.path("xstreams"), i);
                abt.xstreams.addAt(XstreamSpec.parse(items.get(i), at, abt), at);
            }
        } else {
            abt.xstreams.add(new XstreamSpec(Names.PRIMARY, abt.primaryPool()));
        }
        return abt;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        if (abtMemMaxNumStacks < 0) {
            out.add(new BedrockException("Invalid abt_mem_max_num_stacks " + abtMemMaxNumStacks
                    + " (expected a number ≥0)", Json.child(path, "abt_mem_max_num_stacks")));
        }
        if (abtThreadStacksize <= 0) {
            out.add(new BedrockException("Invalid abt_thread_stacksize " + abtThreadStacksize
                    + " (expected a number of bytes >0)", Json.child(path, "abt_thread_stacksize")));
        }
        for (int i = 0; i < pools.size(); i++) {
            pools.get(i).collect(out, Json.child(Json.child(path, "pools"), i));
        }
        if (xstreams.isEmpty()) {
            out.add(new BedrockException("No xstream in the argobots section (expected at least one)",
                    Json.child(path, "xstreams")));
        }
        for (int i = 0; i < xstreams.size(); i++) {
            String at = Json.child(Json.child(path, "xstreams"), i);
            XstreamSpec x = xstreams.get(i);
            x.collect(out, at, this);
            if (Names.PRIMARY.equals(x.name()) && pools.contains(Names.PRIMARY)
                    && !x.scheduler().pools().isEmpty()
                    && !Names.PRIMARY.equals(x.scheduler().pools().get(0).name())) {
                out.add(new BedrockException("The first pool of xstream \"__primary__\" is "
                        + Json.quote(x.scheduler().pools().get(0).name())
                        + " (expected the \"__primary__\" pool)",
                        Json.child(Json.child(at, "scheduler"), "pools") + "/0"));
            }
        }
    }
}
