package bedrock.runtime.internal.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a {@code margo} section: Mercury options, Argobots pools and xstreams (through
 * {@link ItemValidator}), the progress and RPC pools and the numeric options.
 *
 * <p>Beyond Margo's own checks it refuses a progress pool that no xstream serves: upstream accepts
 * it and then hangs, since nothing ever runs the network progress loop.
 */
final class MargoValidator {

    private static final List<String> MERCURY_BOOLS = List.of("listening", "auto_sm",
            "no_bulk_eager", "no_loopback", "stats", "na_no_block", "na_no_retry",
            "na_request_mem_device");
    private static final List<String> MERCURY_COUNTS = List.of("request_post_init",
            "request_post_incr", "max_contexts", "input_eager_size", "output_eager_size",
            "na_max_expected_size", "na_max_unexpected_size");

    private MargoValidator() {
    }

    /**
     * Validates {@code margo} ({@code null} or absent is valid) and returns the final pool names
     * other sections may refer to, or {@code null} if the section has problems.
     */
    static List<String> validate(Object margo, String path, List<SpecProblem> out) {
        if (margo == null) {
            return MargoCompleter.poolNames(null);
        }
        int before = out.size();
        Fields f = Fields.of(margo, path, "\"margo\" section", "an object", out);
        if (f == null) {
            return null;
        }
        mercury(f, out);
        boolean poolsKnown = argobots(f, out);
        f.integer("progress_timeout_ub_msec", 0, Integer.MAX_VALUE);
        f.integer("progress_spindown_msec", 0, Integer.MAX_VALUE);
        f.integer("handle_cache_size", 0, SpecLimits.MAX_CACHE);
        f.bool("enable_abt_profiling");
        f.bool("use_progress_thread");
        // Negative counts are meaningful: Margo then runs RPC handlers in the progress pool.
        f.integer("rpc_thread_count", Integer.MIN_VALUE, SpecLimits.MAX_THREADS);
        Map<String, Object> plumber = f.object("plumber", false);
        if (plumber != null) {
            // Accepted for compatibility and ignored: there is no NIC placement on the JVM.
            Fields p = Fields.of(plumber, f.path("plumber"), "\"margo.plumber\"", "", out);
            p.string("bucket_policy", false, false);
            p.string("nic_policy", false, false);
        }
        List<String> refNames = poolsKnown
                ? MargoCompleter.referencePoolNames(f.object()) : null;
        for (String key : List.of("progress_pool", "rpc_pool")) {
            if (!f.has(key)) {
                continue;
            }
            Object ref = f.raw(key);
            if (MargoCompleter.PRIMARY.equals(ref)) {
                continue;
            }
            PoolRefs.check(ref, f.path(key), "\"margo\" section " + Json.quote(key), refNames, out);
        }
        if (out.size() != before) {
            return null;
        }
        Map<String, Object> completed = MargoCompleter.complete(margo);
        progressPoolServed(f, completed, out);
        return out.size() != before ? null : MargoCompleter.poolNames(margo);
    }

    private static void mercury(Fields margo, List<SpecProblem> out) {
        Map<String, Object> mercury = margo.object("mercury", false);
        if (mercury == null) {
            return;
        }
        Fields m = Fields.of(mercury, margo.path("mercury"), "\"margo.mercury\"", "", out);
        m.string("address", false, false);
        MERCURY_BOOLS.forEach(m::bool);
        MERCURY_COUNTS.forEach(key -> m.integer(key, 0, Integer.MAX_VALUE));
        MargoCompleter.MERCURY_OPTIONAL_STRINGS.forEach(key -> m.string(key, false, false));
        m.string("version", false, false);
        m.oneOf("checksum_level", List.of("none", "rpc_headers", "rpc_payload"));
        m.oneOf("na_addr_format", List.of("unspec", "ipv4", "ipv6", "native"));
    }

    /** Validates {@code argobots}; returns whether its pools are valid enough to resolve references. */
    private static boolean argobots(Fields margo, List<SpecProblem> out) {
        Map<String, Object> argobots = margo.object("argobots", false);
        if (argobots == null) {
            return !margo.has("argobots");
        }
        Fields a = Fields.of(argobots, margo.path("argobots"), "\"margo.argobots\"", "", out);
        a.integer("abt_mem_max_num_stacks", 0, SpecLimits.MAX_CACHE);
        a.integer("abt_thread_stacksize", 1, Integer.MAX_VALUE);
        a.bool("lazy_stack_alloc");
        a.string("profiling_dir", false, false);

        int before = out.size();
        List<Object> pools = a.array("pools", false, "an array of pool objects");
        Set<String> poolNames = new HashSet<>();
        if (pools != null && tooMany(a, "pools", pools.size(), out)) {
            pools = null;
        }
        if (pools != null) {
            for (int i = 0; i < pools.size(); i++) {
                out.addAll(ItemValidator.pool(pools.get(i), Json.child(a.path("pools"), i),
                        poolNames));
                ItemValidator.remember(pools.get(i), poolNames);
            }
        }
        boolean poolsValid = out.size() == before;
        List<String> refNames = poolsValid ? MargoCompleter.referencePoolNames(margo.object()) : null;

        List<Object> xstreams = a.array("xstreams", false, "an array of xstream objects");
        if (xstreams == null || tooMany(a, "xstreams", xstreams.size(), out)) {
            return poolsValid;
        }
        Set<String> xstreamNames = new HashSet<>();
        for (int i = 0; i < xstreams.size(); i++) {
            String xpath = Json.child(a.path("xstreams"), i);
            List<SpecProblem> problems = ItemValidator.xstream(xstreams.get(i), xpath, refNames,
                    xstreamNames);
            out.addAll(problems);
            ItemValidator.remember(xstreams.get(i), xstreamNames);
            if (problems.isEmpty() && refNames != null) {
                primaryXstream(xstreams.get(i), xpath, refNames, out);
            }
        }
        return poolsValid;
    }

    /** Margo's rule: a pool named __primary__ must be the first pool of a __primary__ xstream. */
    private static void primaryXstream(Object json, String path, List<String> refNames,
            List<SpecProblem> out) {
        Map<String, Object> xstream = Json.asObject(json);
        if (!MargoCompleter.PRIMARY.equals(xstream.get("name"))
                || !refNames.contains(MargoCompleter.PRIMARY)) {
            return;
        }
        List<Object> pools = Json.asArray(Json.asObject(xstream.get("scheduler")).get("pools"));
        String first = PoolRefs.resolve(pools.get(0), refNames);
        if (!MargoCompleter.PRIMARY.equals(first)) {
            out.add(new SpecProblem(path + "/scheduler/pools/0", "xstream \"__primary__\": Pool "
                    + "with name \"__primary__\" should be the first pool of the primary xstream, got "
                    + Json.quote(pools.get(0))));
        }
    }

    private static void progressPoolServed(Fields margo, Map<String, Object> completed,
            List<SpecProblem> out) {
        String progress = (String) completed.get("progress_pool");
        Map<String, Object> argobots = Json.asObject(completed.get("argobots"));
        for (Object x : Json.asArray(argobots.get("xstreams"))) {
            List<Object> pools = Json.asArray(Json.asObject(Json.asObject(x).get("scheduler"))
                    .get("pools"));
            if (pools.contains(progress)) {
                return;
            }
        }
        out.add(new SpecProblem(margo.has("progress_pool") ? margo.path("progress_pool")
                : margo.path(), "\"margo\" section: progress pool " + Json.quote(progress)
                + " is not served by any xstream, so network progress would never run (expected a"
                + " pool listed in the scheduler of an xstream, e.g. \"__primary__\")"));
    }

    private static boolean tooMany(Fields argobots, String key, int count, List<SpecProblem> out) {
        if (count <= SpecLimits.MAX_ITEMS) {
            return false;
        }
        out.add(new SpecProblem(argobots.path(key), "\"margo.argobots\": " + count + " " + key
                + " is more than the " + SpecLimits.MAX_ITEMS + " allowed"));
        return true;
    }
}
