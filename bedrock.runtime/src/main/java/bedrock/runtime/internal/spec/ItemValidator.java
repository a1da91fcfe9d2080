package bedrock.runtime.internal.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one item of a spec: a pool, an xstream, a provider, a client, an ABT-IO instance or an
 * SSG group. Used by {@link SpecValidator} for a whole spec, and by the runtime when one item is
 * added to a running service (then the known names are those of the live service and
 * {@code path} is usually {@code ""}).
 *
 * <p>The name sets are only read: a caller that validates several items adds each valid name
 * itself. A {@code null} pool list means "pools unknown": references are then only checked for
 * their shape (the whole-spec validator does this when the margo section itself is invalid, so
 * that one bad pool does not also fail every reference to it).
 */
public final class ItemValidator {

    /** Pool kinds (Argobots predefined pools, plus Margo's priority and earliest-first pools). */
    public static final List<String> POOL_KINDS =
            List.of("fifo", "fifo_wait", "prio_wait", "earliest_first");
    /** Pool access modes. */
    public static final List<String> POOL_ACCESS =
            List.of("private", "spsc", "mpsc", "spmc", "mpmc");
    /** Scheduler types. */
    public static final List<String> SCHEDULER_TYPES =
            List.of("default", "basic", "prio", "randws", "basic_wait");
    /** SSG bootstrap methods accepted in a spec (the MPI and PMIx ones are then refused). */
    public static final List<String> SSG_BOOTSTRAPS =
            List.of("init", "join", "mpi", "pmix", "init|join", "mpi|join", "pmix|join");
    /** Provider id meaning "choose one for me". */
    public static final int AUTO_PROVIDER_ID = 65535;

    private static final String NO_MPI = " is not supported: there is no MPI or PMIx on the JVM "
            + "(expected \"init\", \"join\" or \"init|join\")";

    private ItemValidator() {
    }

    /** A pool {@code {"name", "kind", "access"}}, every member optional. */
    public static List<SpecProblem> pool(Object json, String path, Set<String> existingPoolNames) {
        List<SpecProblem> out = new ArrayList<>();
        Fields f = Fields.of(json, path, Fields.label("pool", json, path),
                "a pool object like {\"name\": \"my_pool\", \"kind\": \"fifo_wait\", "
                        + "\"access\": \"mpmc\"}", out);
        if (f == null) {
            return out;
        }
        String name = f.name("name", false);
        if (name != null && existingPoolNames.contains(name)) {
            f.problem("name", "Name " + Json.quote(name) + " already used by another pool");
        }
        f.oneOf("kind", POOL_KINDS);
        f.oneOf("access", POOL_ACCESS);
        return out;
    }

    /**
     * An xstream {@code {"name", "cpubind", "affinity", "scheduler": {"type", "pools"}}}; the
     * scheduler must list at least one pool, by name or by index into {@code poolNamesInOrder}.
     */
    public static List<SpecProblem> xstream(Object json, String path, List<String> poolNamesInOrder,
            Set<String> existingXstreamNames) {
        List<SpecProblem> out = new ArrayList<>();
        String label = Fields.label("xstream", json, path);
        Fields f = Fields.of(json, path, label, "an xstream object like {\"name\": \"my_xstream\", "
                + "\"scheduler\": {\"type\": \"basic_wait\", \"pools\": [\"my_pool\"]}}", out);
        if (f == null) {
            return out;
        }
        String name = f.name("name", false);
        if (name != null && existingXstreamNames.contains(name)) {
            f.problem("name", "Name " + Json.quote(name) + " already used by another xstream");
        }
        f.integer("cpubind", -1, Integer.MAX_VALUE);
        List<Object> affinity = f.array("affinity", false, "an array of CPU numbers");
        if (affinity != null) {
            for (int i = 0; i < affinity.size(); i++) {
                Object cpu = affinity.get(i);
                if (!Json.isInteger(cpu) || Json.longValue(cpu) < 0) {
                    out.add(new SpecProblem(Json.child(f.path("affinity"), i), label
                            + ": \"affinity\" should only contain CPU numbers (integers >= 0), got "
                            + Json.quote(cpu) + " at index " + i));
                }
            }
        }
        Map<String, Object> scheduler = f.object("scheduler", true,
                "a scheduler object like {\"type\": \"basic_wait\", \"pools\": [\"__primary__\"]}");
        if (scheduler == null) {
            return out;
        }
        Fields s = Fields.of(scheduler, f.path("scheduler"), label + " scheduler", "", out);
        s.oneOf("type", SCHEDULER_TYPES);
        List<Object> pools = s.array("pools", true, "a non-empty array of pool names or indices");
        if (pools == null) {
            return out;
        }
        if (pools.isEmpty()) {
            s.problem("pools", "\"pools\" should list at least one pool (by name or index), got []");
        }
        for (int i = 0; i < pools.size(); i++) {
            PoolRefs.check(pools.get(i), Json.child(s.path("pools"), i), label, poolNamesInOrder,
                    out);
        }
        return out;
    }

    /**
     * A provider {@code {"name", "type", "provider_id", "pool", "config", "dependencies",
     * "tags"}}. {@code usedIds} are the explicit provider ids already taken; 65535 (or no id) means
     * "assign one" and is never a conflict.
     */
    public static List<SpecProblem> provider(Object json, String path, List<String> poolNames,
            Set<String> providerNames, Set<Integer> usedIds, int bedrockId) {
        List<SpecProblem> out = new ArrayList<>();
        Fields f = Fields.of(json, path, Fields.label("provider", json, path),
                "a provider object like {\"name\": \"my_provider\", \"type\": \"my_module\"}", out);
        if (f == null) {
            return out;
        }
        String name = f.name("name", true);
        if (name != null && providerNames.contains(name)) {
            f.problem("name", "Name " + Json.quote(name) + " already used by another provider");
        }
        f.string("type", true, true);
        Long id = f.integer("provider_id", 0, AUTO_PROVIDER_ID);
        if (id != null && id != AUTO_PROVIDER_ID) {
            if (id == bedrockId) {
                f.problem("provider_id", "Bedrock already uses provider ID " + id
                        + " (choose another \"provider_id\", or omit it to get a free one)");
            } else if (usedIds.contains(id.intValue())) {
                f.problem("provider_id", "Another provider already uses provider ID " + id);
            }
        }
        f.poolRef("pool", poolNames);
        f.object("config", false);
        f.dependencies("dependencies");
        f.stringArray("tags");
        return out;
    }

    /** A client {@code {"name", "type", "config", "dependencies", "tags"}}. */
    public static List<SpecProblem> client(Object json, String path, Set<String> clientNames) {
        List<SpecProblem> out = new ArrayList<>();
        Fields f = Fields.of(json, path, Fields.label("client", json, path),
                "a client object like {\"name\": \"my_client\", \"type\": \"my_module\"}", out);
        if (f == null) {
            return out;
        }
        String name = f.name("name", true);
        if (name != null && clientNames.contains(name)) {
            f.problem("name", "Name " + Json.quote(name) + " is already used by another client");
        }
        f.string("type", true, true);
        f.object("config", false);
        f.dependencies("dependencies");
        f.stringArray("tags");
        return out;
    }

    /** An ABT-IO instance {@code {"name", "pool", "config"}}; known config members are typed. */
    public static List<SpecProblem> abtIo(Object json, String path, List<String> poolNames,
            Set<String> abtIoNames) {
        List<SpecProblem> out = new ArrayList<>();
        String label = Fields.label("ABT-IO instance", json, path);
        Fields f = Fields.of(json, path, label,
                "an ABT-IO object like {\"name\": \"my_abt_io\", \"pool\": \"__primary__\"}", out);
        if (f == null) {
            return out;
        }
        String name = f.name("name", true);
        if (name != null && abtIoNames.contains(name)) {
            f.problem("name", "ABT-IO instance name " + Json.quote(name) + " already used");
        }
        f.poolRef("pool", poolNames);
        Map<String, Object> config = f.object("config", false);
        if (config != null) {
            Fields c = Fields.of(config, f.path("config"), label + " config", "", out);
            c.bool("internal_pool_flag");
            c.bool("null_io_read");
            c.bool("null_io_write");
            c.bool("trace_io");
            c.integer("num_urings", 0, SpecLimits.MAX_URINGS);
            c.stringArray("liburing_flags");
        }
        return out;
    }

    /**
     * An SSG group {@code {"name", "pool", "credential", "group_file", "bootstrap", "swim"}}.
     * {@code join} needs a group file; {@code mpi} and {@code pmix} are refused (no MPI on the
     * JVM), and so are {@code mpi|join} and {@code pmix|join} without a group file to join.
     */
    public static List<SpecProblem> ssg(Object json, String path, List<String> poolNames,
            Set<String> groupNames) {
        List<SpecProblem> out = new ArrayList<>();
        String label = Fields.label("SSG group", json, path);
        Fields f = Fields.of(json, path, label,
                "an SSG group object like {\"name\": \"my_group\", \"bootstrap\": \"init\"}", out);
        if (f == null) {
            return out;
        }
        String name = f.name("name", true);
        if (name != null && groupNames.contains(name)) {
            f.problem("name", "SSG group name " + Json.quote(name) + " already used");
        }
        f.poolRef("pool", poolNames);
        f.integer("credential", Long.MIN_VALUE, Long.MAX_VALUE);
        String groupFile = f.string("group_file", false, false);
        boolean hasGroupFile = groupFile != null && !groupFile.isEmpty();
        String bootstrap = f.oneOf("bootstrap", SSG_BOOTSTRAPS);
        if ("join".equals(bootstrap) && !hasGroupFile) {
            f.problem(groupFile == null ? "bootstrap" : "group_file", "SSG \"join\" "
                    + "bootstrapping mode requires a group file to be specified (set a non-empty "
                    + "\"group_file\")");
        } else if ("mpi".equals(bootstrap) || "pmix".equals(bootstrap)) {
            f.problem("bootstrap", "bootstrap " + Json.quote(bootstrap) + NO_MPI);
        } else if (bootstrap != null && !bootstrap.startsWith("init|") && bootstrap.endsWith("|join")
                && !hasGroupFile) {
            // Without a file to join, "mpi|join" and "pmix|join" can only fall back to MPI/PMIx.
            f.problem("bootstrap", "bootstrap " + Json.quote(bootstrap) + " without a \"group_file\""
                    + " to join" + NO_MPI);
        }
        Map<String, Object> swim = f.object("swim", false);
        if (swim != null) {
            Fields s = Fields.of(swim, f.path("swim"), label + " swim", "", out);
            s.integer("period_length_ms", 0, Integer.MAX_VALUE);
            s.integer("suspect_timeout_periods", -1, Integer.MAX_VALUE);
            s.integer("subgroup_member_count", -1, Integer.MAX_VALUE);
            s.bool("disabled");
        }
        return out;
    }

    /** Adds the name of a validated item to {@code names}, if it has a valid one. */
    static void remember(Object json, Collection<String> names) {
        Map<String, Object> object = Json.asObject(json);
        if (object != null && object.get("name") instanceof String name
                && Fields.NAME.matcher(name).matches()) {
            names.add(name);
        }
    }
}
