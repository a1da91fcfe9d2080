package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code margo} section: Mercury and Argobots settings plus Margo's own options.
 *
 * <p>Defaults: {@code progress_timeout_ub_msec} 100, {@code progress_spindown_msec} 10,
 * {@code enable_abt_profiling} false, {@code handle_cache_size} 32, {@code progress_pool} and
 * {@code rpc_pool} the {@code __primary__} pool (as Margo does), {@code use_progress_thread}
 * false, {@code rpc_thread_count} 0. {@code progress_spindown_msec}, {@code use_progress_thread},
 * {@code rpc_thread_count} and {@code version} appear in {@link #toMap()} only when they differ
 * from their defaults (a daemon's completed output has none of them).
 *
 * <p>{@code use_progress_thread} and {@code rpc_thread_count} are input options: they are kept
 * and written back as read; expanding them into extra pools and xstreams is the daemon's job.
 *
 * <p>Example:
 * <pre>{@code
 * MargoSpec margo = new MargoSpec();
 * PoolSpec rpc = new PoolSpec("rpc");
 * margo.argobots().add(rpc).add(new XstreamSpec("rpc_es", rpc));
 * margo.rpcPool(rpc);
 * }</pre>
 */
public final class MargoSpec extends Spec {

    private MercurySpec mercury = new MercurySpec();
    private ArgobotsSpec argobots;
    private long progressTimeoutUbMsec = 100;
    private long progressSpindownMsec = 10;
    private boolean enableAbtProfiling;
    private long handleCacheSize = 32;
    private PoolSpec progressPool;
    private PoolSpec rpcPool;
    private boolean useProgressThread;
    private long rpcThreadCount;
    private String version;

    /** Creates a section with default Mercury and Argobots settings. */
    public MargoSpec() {
        this(new ArgobotsSpec());
    }

    /**
     * Creates a section around an Argobots section; progress and RPC pools are its
     * {@code __primary__} pool ({@link ArgobotsSpec#primaryPool()}).
     *
     * @param argobots the Argobots section
     * @throws NullPointerException when {@code argobots} is {@code null}
     */
    public MargoSpec(ArgobotsSpec argobots) {
        this.argobots = Objects.requireNonNull(argobots, "argobots");
        this.progressPool = argobots.primaryPool();
        this.rpcPool = progressPool;
    }

    /** @return the Mercury section (live), never {@code null} */
    public MercurySpec mercury() {
        return mercury;
    }

    /**
     * @param mercury the Mercury section
     * @return this spec
     * @throws NullPointerException when {@code mercury} is {@code null}
     */
    public MargoSpec mercury(MercurySpec mercury) {
        this.mercury = Objects.requireNonNull(mercury, "mercury");
        return this;
    }

    /** @return the Argobots section (live), never {@code null} */
    public ArgobotsSpec argobots() {
        return argobots;
    }

    /**
     * Replaces the Argobots section; the progress and RPC pool references are kept as they are
     * (re-point them if needed).
     *
     * @param argobots the Argobots section
     * @return this spec
     * @throws NullPointerException when {@code argobots} is {@code null}
     */
    public MargoSpec argobots(ArgobotsSpec argobots) {
        this.argobots = Objects.requireNonNull(argobots, "argobots");
        return this;
    }

    /** @return the progress loop's timeout upper bound in ms (default 100) */
    public long progressTimeoutUbMsec() {
        return progressTimeoutUbMsec;
    }

    /**
     * @param value the timeout upper bound in ms, ≥0 for a valid spec
     * @return this spec
     */
    public MargoSpec progressTimeoutUbMsec(long value) {
        this.progressTimeoutUbMsec = value;
        return this;
    }

    /** @return the progress loop's spindown in ms (default 10) */
    public long progressSpindownMsec() {
        return progressSpindownMsec;
    }

    /**
     * @param value the spindown in ms, ≥0 for a valid spec
     * @return this spec
     */
    public MargoSpec progressSpindownMsec(long value) {
        this.progressSpindownMsec = value;
        return this;
    }

    /** @return whether Argobots profiling is enabled (default false) */
    public boolean enableAbtProfiling() {
        return enableAbtProfiling;
    }

    /**
     * @param value whether Argobots profiling is enabled
     * @return this spec
     */
    public MargoSpec enableAbtProfiling(boolean value) {
        this.enableAbtProfiling = value;
        return this;
    }

    /** @return the RPC handle cache size (default 32) */
    public long handleCacheSize() {
        return handleCacheSize;
    }

    /**
     * @param value the RPC handle cache size, ≥0 for a valid spec
     * @return this spec
     */
    public MargoSpec handleCacheSize(long value) {
        this.handleCacheSize = value;
        return this;
    }

    /** @return the pool running the network progress loop, never {@code null} */
    public PoolSpec progressPool() {
        return progressPool;
    }

    /**
     * @param pool the progress pool, one of the Argobots pools for a valid spec
     * @return this spec
     * @throws NullPointerException when {@code pool} is {@code null}
     */
    public MargoSpec progressPool(PoolSpec pool) {
        this.progressPool = Objects.requireNonNull(pool, "progressPool");
        return this;
    }

    /** @return the pool running RPC handlers by default, never {@code null} */
    public PoolSpec rpcPool() {
        return rpcPool;
    }

    /**
     * @param pool the RPC pool, one of the Argobots pools for a valid spec
     * @return this spec
     * @throws NullPointerException when {@code pool} is {@code null}
     */
    public MargoSpec rpcPool(PoolSpec pool) {
        this.rpcPool = Objects.requireNonNull(pool, "rpcPool");
        return this;
    }

    /** @return the {@code use_progress_thread} input option (default false) */
    public boolean useProgressThread() {
        return useProgressThread;
    }

    /**
     * @param value whether the daemon should add a dedicated progress pool and xstream
     * @return this spec
     */
    public MargoSpec useProgressThread(boolean value) {
        this.useProgressThread = value;
        return this;
    }

    /** @return the {@code rpc_thread_count} input option (default 0) */
    public long rpcThreadCount() {
        return rpcThreadCount;
    }

    /**
     * @param value &gt;0: the daemon adds an RPC pool with that many xstreams; &lt;0: RPCs run in
     *        the progress pool; 0: in {@code __primary__}
     * @return this spec
     */
    public MargoSpec rpcThreadCount(long value) {
        this.rpcThreadCount = value;
        return this;
    }

    /** @return the Margo version reported by a daemon, or {@code null} */
    public String version() {
        return version;
    }

    /**
     * @param value the Margo version, or {@code null} to leave it out of {@link #toMap()}
     * @return this spec
     */
    public MargoSpec version(String value) {
        this.version = value;
        return this;
    }

    /** {@inheritDoc} Pools appear as names; see the class description for optional keys. */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("argobots", argobots.toMap());
        map.put("enable_abt_profiling", enableAbtProfiling);
        map.put("handle_cache_size", handleCacheSize);
        map.put("mercury", mercury.toMap());
        map.put("progress_pool", progressPool.name());
        if (progressSpindownMsec != 10) {
            map.put("progress_spindown_msec", progressSpindownMsec);
        }
        map.put("progress_timeout_ub_msec", progressTimeoutUbMsec);
        map.put("rpc_pool", rpcPool.name());
        if (rpcThreadCount != 0) {
            map.put("rpc_thread_count", rpcThreadCount);
        }
        if (useProgressThread) {
            map.put("use_progress_thread", true);
        }
        if (version != null) {
            map.put("version", version);
        }
        return map;
    }

    /**
     * Reads the section; every key is optional and unknown keys are ignored. {@code mercury} may
     * be an object or an address string; {@code progress_pool} and {@code rpc_pool} may be pool
     * names or indices into {@code argobots.pools}.
     *
     * @param map e.g. {@code {"argobots": {...}, "rpc_pool": "p1"}}
     * @return a new section
     * @throws BedrockException on a wrong type, unknown enumeration value, duplicate name or
     *         unresolvable pool reference; the path is relative to {@code map}
     */
    public static MargoSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads the section from JSON text (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new section
     * @throws BedrockException when the text is not a valid margo object
     */
    public static MargoSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a margo section"), "");
    }

    static MargoSpec parse(Object value, String path) {
        Fields f = new Fields(value, path, "the \"margo\" section");
        ArgobotsSpec abt = f.has("argobots") ? ArgobotsSpec.parse(f.raw("argobots"), f.path("argobots"))
                : new ArgobotsSpec();
        MargoSpec margo = new MargoSpec(abt);
        if (f.has("mercury")) {
            margo.mercury = MercurySpec.parse(f.raw("mercury"), f.path("mercury"));
        }
        margo.progressTimeoutUbMsec = f.integer("progress_timeout_ub_msec", 100);
        margo.progressSpindownMsec = f.integer("progress_spindown_msec", 10);
        margo.enableAbtProfiling = f.bool("enable_abt_profiling", false);
        margo.handleCacheSize = f.integer("handle_cache_size", 32);
        margo.useProgressThread = f.bool("use_progress_thread", false);
        margo.rpcThreadCount = f.integer("rpc_thread_count", 0);
        margo.version = f.string("version", null);
        if (f.has("progress_pool")) {
            margo.progressPool = PoolRefs.resolve(f.raw("progress_pool"), abt, f.path("progress_pool"),
                    "\"progress_pool\"");
        }
        if (f.has("rpc_pool")) {
            margo.rpcPool = PoolRefs.resolve(f.raw("rpc_pool"), abt, f.path("rpc_pool"), "\"rpc_pool\"");
        }
        return margo;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        mercury.collect(out, Json.child(path, "mercury"));
        argobots.collect(out, Json.child(path, "argobots"));
        String[] keys = {"handle_cache_size", "progress_spindown_msec", "progress_timeout_ub_msec"};
        long[] values = {handleCacheSize, progressSpindownMsec, progressTimeoutUbMsec};
        for (int i = 0; i < keys.length; i++) {
            if (values[i] < 0) {
                out.add(new BedrockException("Invalid margo " + keys[i] + " " + values[i]
                        + " (expected a number ≥0)", Json.child(path, keys[i])));
            }
        }
        PoolRefs.check(out, progressPool, argobots, Json.child(path, "progress_pool"), "\"progress_pool\"");
        PoolRefs.check(out, rpcPool, argobots, Json.child(path, "rpc_pool"), "\"rpc_pool\"");
    }
}
