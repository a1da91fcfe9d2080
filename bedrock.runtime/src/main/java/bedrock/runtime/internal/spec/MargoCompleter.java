package bedrock.runtime.internal.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes a validated {@code margo} section the way Margo does, producing the configuration
 * Bedrock reports: every default filled in, pools and xstreams named, pool references as names.
 *
 * <p>Order of pools: the user's pools, then an implicit {@code __primary__} pool (unless a pool of
 * that name exists or the user defines a {@code __primary__} xstream), then the progress pool made
 * for {@code use_progress_thread}, then the RPC pool made for {@code rpc_thread_count > 0}.
 * Xstreams follow the same order (user's, implicit {@code __primary__}, progress, RPC). Unnamed
 * pools and xstreams are named {@code __pool_<k>__} / {@code __xstream_<k>__}, k starting at their
 * position and skipping names in use. Unlike Margo, the names the user gives later in the list are
 * also skipped, so an unnamed pool can never take the name of a later one.
 *
 * <p>Pool indices given for scheduler pools, {@code progress_pool} and {@code rpc_pool} refer to the
 * list of the user's pools followed by the implicit {@code __primary__} pool when one is added
 * (Margo checks scheduler indices against the user's pools only).
 *
 * <p>Like the upstream runs the golden tests are taken from, the output has no {@code plumber} and
 * no {@code progress_spindown_msec}; {@code use_progress_thread} and {@code rpc_thread_count} are
 * consumed (turned into pools and xstreams) and not echoed.
 */
public final class MargoCompleter {

    /** The version string reported as {@code margo.version} and {@code margo.mercury.version}. */
    public static final String VERSION = "bedrock-jvm-1.0.0";
    /** The name of the primary pool and xstream. */
    public static final String PRIMARY = "__primary__";

    private static final Map<String, Object> MERCURY_DEFAULTS = new LinkedHashMap<>();

    static {
        MERCURY_DEFAULTS.put("address", "");
        MERCURY_DEFAULTS.put("auto_sm", false);
        MERCURY_DEFAULTS.put("checksum_level", "none");
        MERCURY_DEFAULTS.put("input_eager_size", 4080L);
        MERCURY_DEFAULTS.put("listening", true);
        MERCURY_DEFAULTS.put("max_contexts", 0L);
        MERCURY_DEFAULTS.put("na_addr_format", "unspec");
        MERCURY_DEFAULTS.put("na_max_expected_size", 0L);
        MERCURY_DEFAULTS.put("na_max_unexpected_size", 0L);
        MERCURY_DEFAULTS.put("na_no_block", false);
        MERCURY_DEFAULTS.put("na_no_retry", false);
        MERCURY_DEFAULTS.put("na_request_mem_device", false);
        MERCURY_DEFAULTS.put("no_bulk_eager", false);
        MERCURY_DEFAULTS.put("no_loopback", false);
        MERCURY_DEFAULTS.put("output_eager_size", 4080L);
        MERCURY_DEFAULTS.put("request_post_incr", 256L);
        MERCURY_DEFAULTS.put("request_post_init", 256L);
        MERCURY_DEFAULTS.put("stats", false);
    }

    /** Mercury members echoed only when given. */
    static final List<String> MERCURY_OPTIONAL_STRINGS =
            List.of("ip_subnet", "auth_key", "log_level", "log_subsys", "sm_info_string");

    private MargoCompleter() {
    }

    /**
     * Completes a valid {@code margo} section ({@code null} means absent). Keys are sorted at every
     * level.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> complete(Object margo) {
        Map<String, Object> in = orEmpty(margo);
        Map<String, Object> abt = orEmpty(in.get("argobots"));
        Layout layout = layout(in);

        Map<String, Object> argobots = new LinkedHashMap<>();
        argobots.put("abt_mem_max_num_stacks", valueOr(abt, "abt_mem_max_num_stacks", 8L));
        argobots.put("abt_thread_stacksize", valueOr(abt, "abt_thread_stacksize", 2097152L));
        argobots.put("lazy_stack_alloc", valueOr(abt, "lazy_stack_alloc", false));
        argobots.put("profiling_dir", valueOr(abt, "profiling_dir", "."));
        argobots.put("pools", layout.pools);
        argobots.put("xstreams", layout.xstreams);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("argobots", argobots);
        out.put("enable_abt_profiling", valueOr(in, "enable_abt_profiling", false));
        out.put("handle_cache_size", valueOr(in, "handle_cache_size", 32L));
        out.put("mercury", mercury(in.get("mercury")));
        out.put("progress_pool", layout.progressPool);
        out.put("progress_timeout_ub_msec", valueOr(in, "progress_timeout_ub_msec", 100L));
        out.put("rpc_pool", layout.rpcPool);
        out.put("version", VERSION);
        return (Map<String, Object>) Json.sorted(out);
    }

    /**
     * Completes one pool added to a running service: {@code {"access", "kind", "name"}}, an unnamed
     * pool being named {@code __pool_<k>__} with k the number of existing pools (skipping names in
     * use).
     */
    public static Map<String, Object> completePool(Object poolJson,
            Collection<String> existingPoolNames) {
        Map<String, Object> in = orEmpty(poolJson);
        Set<String> used = new HashSet<>(existingPoolNames);
        String name = in.get("name") instanceof String s ? s
                : freeName("__pool_%d__", existingPoolNames.size(), used);
        return pool(name, valueOr(in, "kind", "fifo_wait"), valueOr(in, "access", "mpmc"));
    }

    /**
     * Completes one xstream added to a running service; scheduler pools are given by name or by
     * index into {@code poolNamesInOrder} and come out as names.
     */
    public static Map<String, Object> completeXstream(Object xstreamJson,
            List<String> poolNamesInOrder, Collection<String> existingXstreamNames) {
        Map<String, Object> in = orEmpty(xstreamJson);
        Set<String> used = new HashSet<>(existingXstreamNames);
        String name = in.get("name") instanceof String s ? s
                : freeName("__xstream_%d__", existingXstreamNames.size(), used);
        return xstream(name, in, poolNamesInOrder);
    }

    /** The names of all pools of the completed section, in order. */
    static List<String> poolNames(Object margo) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> pool : layout(orEmpty(margo)).pools) {
            names.add((String) pool.get("name"));
        }
        return names;
    }

    /**
     * The pool list that indices in the margo section itself refer to: the user's pools (unnamed
     * ones with their generated names) plus the implicit {@code __primary__} pool when one is added.
     */
    static List<String> referencePoolNames(Map<String, Object> margo) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> pool : basePools(margo)) {
            names.add((String) pool.get("name"));
        }
        return names;
    }

    /**
     * The primary pool: the pool named {@code __primary__} or, if the user defines a
     * {@code __primary__} xstream without such a pool, that xstream's first pool.
     */
    static String primaryPool(List<String> poolNames, List<Map<String, Object>> xstreams) {
        if (poolNames.contains(PRIMARY)) {
            return PRIMARY;
        }
        for (Map<String, Object> xstream : xstreams) {
            if (PRIMARY.equals(xstream.get("name"))) {
                List<Object> pools = Json.asArray(Json.asObject(xstream.get("scheduler")).get("pools"));
                return (String) pools.get(0);
            }
        }
        return PRIMARY;
    }

    /** Resolves a progress/rpc pool reference; {@code "__primary__"} always means the primary pool. */
    static String resolveMargoPool(Object ref, List<String> poolNames, String primary) {
        if (PRIMARY.equals(ref)) {
            return primary;
        }
        return PoolRefs.resolve(ref, poolNames);
    }

    // ---------------------------------------------------------------------------------------------

    /** The pools and xstreams of a completed section and its progress and RPC pools. */
    private record Layout(List<Map<String, Object>> pools, List<Map<String, Object>> xstreams,
            String progressPool, String rpcPool) {
    }

    private static List<Map<String, Object>> basePools(Map<String, Object> margo) {
        Map<String, Object> abt = orEmpty(margo.get("argobots"));
        List<Object> userPools = arrayOrEmpty(abt.get("pools"));
        List<Object> userXstreams = arrayOrEmpty(abt.get("xstreams"));
        Set<String> used = new HashSet<>();
        for (Object p : userPools) {
            if (orEmpty(p).get("name") instanceof String s) {
                used.add(s);
            }
        }
        List<Map<String, Object>> pools = new ArrayList<>();
        for (Object p : userPools) {
            Map<String, Object> pool = orEmpty(p);
            String name = pool.get("name") instanceof String s ? s
                    : freeName("__pool_%d__", pools.size(), used);
            used.add(name);
            pools.add(pool(name, valueOr(pool, "kind", "fifo_wait"), valueOr(pool, "access", "mpmc")));
        }
        boolean primaryXstream = userXstreams.stream()
                .anyMatch(x -> PRIMARY.equals(orEmpty(x).get("name")));
        if (!primaryXstream && !used.contains(PRIMARY)) {
            pools.add(pool(PRIMARY, "fifo_wait", "mpmc"));
        }
        return pools;
    }

    private static Layout layout(Map<String, Object> margo) {
        Map<String, Object> abt = orEmpty(margo.get("argobots"));
        List<Object> userXstreams = arrayOrEmpty(abt.get("xstreams"));
        List<Map<String, Object>> pools = basePools(margo);
        List<String> poolNames = new ArrayList<>();
        pools.forEach(p -> poolNames.add((String) p.get("name")));

        Set<String> usedXstreamNames = new HashSet<>();
        for (Object x : userXstreams) {
            if (orEmpty(x).get("name") instanceof String s) {
                usedXstreamNames.add(s);
            }
        }
        List<Map<String, Object>> xstreams = new ArrayList<>();
        for (Object x : userXstreams) {
            Map<String, Object> xstream = orEmpty(x);
            String name = xstream.get("name") instanceof String s ? s
                    : freeName("__xstream_%d__", xstreams.size(), usedXstreamNames);
            usedXstreamNames.add(name);
            xstreams.add(xstream(name, xstream, poolNames));
        }
        if (!usedXstreamNames.contains(PRIMARY)) {
            xstreams.add(xstream(PRIMARY, Map.of("scheduler", Map.of("type", "basic_wait",
                    "pools", List.of(PRIMARY))), poolNames));
            usedXstreamNames.add(PRIMARY);
        }
        String primary = primaryPool(poolNames, xstreams);

        Set<String> usedPoolNames = new HashSet<>(poolNames);
        String progress;
        if (margo.containsKey("progress_pool")) {
            progress = resolveMargoPool(margo.get("progress_pool"), poolNames, primary);
        } else if (Boolean.TRUE.equals(margo.get("use_progress_thread"))) {
            progress = addPoolWithXstreams(pools, xstreams, usedPoolNames, usedXstreamNames, 1);
        } else {
            progress = primary;
        }
        String rpc;
        long rpcThreads = Json.isInteger(margo.get("rpc_thread_count"))
                ? Json.longValue(margo.get("rpc_thread_count")) : 0;
        if (margo.containsKey("rpc_pool")) {
            rpc = resolveMargoPool(margo.get("rpc_pool"), poolNames, primary);
        } else if (rpcThreads > 0) {
            rpc = addPoolWithXstreams(pools, xstreams, usedPoolNames, usedXstreamNames, rpcThreads);
        } else if (rpcThreads < 0) {
            // Margo: a negative count runs RPC handlers in the progress pool.
            rpc = progress;
        } else {
            rpc = primary;
        }
        return new Layout(pools, xstreams, progress, rpc);
    }

    private static String addPoolWithXstreams(List<Map<String, Object>> pools,
            List<Map<String, Object>> xstreams, Set<String> usedPoolNames,
            Set<String> usedXstreamNames, long count) {
        String poolName = freeName("__pool_%d__", pools.size(), usedPoolNames);
        usedPoolNames.add(poolName);
        pools.add(pool(poolName, "fifo_wait", "mpmc"));
        for (long i = 0; i < count; i++) {
            String name = freeName("__xstream_%d__", xstreams.size(), usedXstreamNames);
            usedXstreamNames.add(name);
            xstreams.add(xstream(name, Map.of("scheduler", Map.of("type", "basic_wait",
                    "pools", List.of(poolName))), List.of(poolName)));
        }
        return poolName;
    }

    private static Map<String, Object> pool(String name, Object kind, Object access) {
        Map<String, Object> pool = new LinkedHashMap<>();
        pool.put("access", access);
        pool.put("kind", kind);
        pool.put("name", name);
        return pool;
    }

    private static Map<String, Object> xstream(String name, Map<String, Object> in,
            List<String> poolNames) {
        Map<String, Object> scheduler = orEmpty(in.get("scheduler"));
        List<Object> refs = new ArrayList<>();
        for (Object ref : arrayOrEmpty(scheduler.get("pools"))) {
            String resolved = PoolRefs.resolve(ref, poolNames);
            refs.add(resolved == null ? ref : resolved);
        }
        Map<String, Object> sched = new LinkedHashMap<>();
        sched.put("pools", refs);
        sched.put("type", valueOr(scheduler, "type", "basic_wait"));
        Map<String, Object> out = new LinkedHashMap<>();
        // cpubind and affinity are echoed only when given, as upstream where Argobots cannot
        // report them.
        if (in.containsKey("affinity")) {
            out.put("affinity", Json.copy(in.get("affinity")));
        }
        if (in.containsKey("cpubind")) {
            out.put("cpubind", Json.copy(in.get("cpubind")));
        }
        out.put("name", name);
        out.put("scheduler", sched);
        return out;
    }

    private static Map<String, Object> mercury(Object given) {
        Map<String, Object> in = orEmpty(given);
        Map<String, Object> out = new LinkedHashMap<>();
        MERCURY_DEFAULTS.forEach((key, value) -> out.put(key, Json.copy(in.getOrDefault(key, value))));
        for (String key : MERCURY_OPTIONAL_STRINGS) {
            if (in.containsKey(key)) {
                out.put(key, in.get(key));
            }
        }
        out.put("version", VERSION);
        return out;
    }

    static String freeName(String format, int start, Set<String> used) {
        int k = start;
        while (used.contains(String.format(format, k))) {
            k++;
        }
        return String.format(format, k);
    }

    private static Object valueOr(Map<String, Object> map, String key, Object fallback) {
        Object value = map.get(key);
        return value == null ? fallback : Json.copy(value);
    }

    static Map<String, Object> orEmpty(Object value) {
        Map<String, Object> map = Json.asObject(value);
        return map == null ? Map.of() : map;
    }

    static List<Object> arrayOrEmpty(Object value) {
        List<Object> list = Json.asArray(value);
        return list == null ? List.of() : list;
    }
}
