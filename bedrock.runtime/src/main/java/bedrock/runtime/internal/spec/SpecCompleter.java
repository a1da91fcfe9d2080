package bedrock.runtime.internal.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes a valid spec with every default that does not need modules, producing what the
 * service reports as its configuration (before the runtime fills in addresses, assigns automatic
 * provider ids and replaces module configs and dependencies with their resolved values).
 *
 * <p>Output keys, sorted at every level (user configs included, as upstream prints them):
 * {@code abt_io, bedrock, clients, libraries, margo, providers, ssg}. Unknown top-level keys such
 * as {@code mona} are dropped. Pools are always given by name. A provider without an id, or with
 * 65535, keeps 65535 for the runtime to assign. The {@code libraries} section is echoed in the form
 * it was given (object or list); absent, it is {@code {}}.
 */
public final class SpecCompleter {

    /**
     * The ABT-IO library version reported in every instance's {@code config}: the version of the
     * upstream library whose configuration (keys, defaults, behaviour) this runtime reproduces.
     */
    public static final String ABT_IO_VERSION = "0.7.0";

    /** ABT-IO config defaults (upstream's; {@code version} is added last, see {@link #abtIoConfig}). */
    private static final Map<String, Object> ABT_IO_DEFAULTS = Map.of(
            "internal_pool_flag", false,
            "liburing_flags", List.of(),
            "null_io_read", false,
            "null_io_write", false,
            "num_urings", 0L,
            "trace_io", false);

    private SpecCompleter() {
    }

    /** Completes {@code validSpec}, which must have passed {@link SpecValidator#validate}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> complete(Object validSpec) {
        Map<String, Object> in = MargoCompleter.orEmpty(validSpec);
        Map<String, Object> margo = MargoCompleter.complete(in.get("margo"));
        List<String> pools = new ArrayList<>();
        Map<String, Object> argobots = Json.asObject(margo.get("argobots"));
        List<Map<String, Object>> xstreams = new ArrayList<>();
        for (Object p : Json.asArray(argobots.get("pools"))) {
            pools.add((String) Json.asObject(p).get("name"));
        }
        for (Object x : Json.asArray(argobots.get("xstreams"))) {
            xstreams.add(Json.asObject(x));
        }
        String primary = MargoCompleter.primaryPool(pools, xstreams);

        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> abtIo = new ArrayList<>();
        for (Object item : sectionItems(in.get("abt_io"))) {
            abtIo.add(abtIo(MargoCompleter.orEmpty(item), pools, primary));
        }
        out.put("abt_io", abtIo);
        out.put("bedrock", bedrock(MargoCompleter.orEmpty(in.get("bedrock")), pools,
                (String) margo.get("rpc_pool")));
        List<Object> clients = new ArrayList<>();
        for (Object item : sectionItems(in.get("clients"))) {
            clients.add(client(MargoCompleter.orEmpty(item)));
        }
        out.put("clients", clients);
        Object libraries = in.get("libraries");
        out.put("libraries", libraries == null ? new LinkedHashMap<>() : Json.copy(libraries));
        out.put("margo", margo);
        List<Object> providers = new ArrayList<>();
        for (Object item : sectionItems(in.get("providers"))) {
            providers.add(provider(MargoCompleter.orEmpty(item), pools, primary));
        }
        out.put("providers", providers);
        List<Object> groups = new ArrayList<>();
        Object ssg = in.get("ssg");
        for (Object item : ssg instanceof Map ? List.of(ssg) : sectionItems(ssg)) {
            groups.add(ssg(MargoCompleter.orEmpty(item), pools, primary));
        }
        out.put("ssg", groups);
        return (Map<String, Object>) Json.sorted(out);
    }

    /**
     * An abt_io instance's completed {@code config}: the defaults, the given keys over them, and
     * {@code version} last: as upstream's library does, the version is its own, whatever was given.
     */
    public static Map<String, Object> abtIoConfig(Map<String, ?> given) {
        Map<String, Object> config = new java.util.TreeMap<>(ABT_IO_DEFAULTS);
        if (given != null) {
            given.forEach((k, v) -> config.put(k, Json.copy(v)));
        }
        config.put("version", ABT_IO_VERSION);
        return new LinkedHashMap<>(config);
    }

    /**
     * Completes one provider: {@code {config, dependencies, name, pool, provider_id, tags, type}},
     * the pool as a name ({@code defaultPool} when absent), 65535 when no id is given.
     */
    public static Map<String, Object> provider(Map<String, Object> provider, List<String> poolNames,
            String defaultPool) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("config", copyOr(provider.get("config"), new LinkedHashMap<>()));
        out.put("dependencies", copyOr(provider.get("dependencies"), new LinkedHashMap<>()));
        out.put("name", provider.get("name"));
        out.put("pool", pool(provider.get("pool"), poolNames, defaultPool));
        out.put("provider_id", provider.containsKey("provider_id")
                ? Json.copy(provider.get("provider_id"))
                : (Object) (long) ItemValidator.AUTO_PROVIDER_ID);
        out.put("tags", copyOr(provider.get("tags"), new ArrayList<>()));
        out.put("type", provider.get("type"));
        return sortedMap(out);
    }

    /** Completes one client: {@code {config, dependencies, name, tags, type}}. */
    public static Map<String, Object> client(Map<String, Object> client) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("config", copyOr(client.get("config"), new LinkedHashMap<>()));
        out.put("dependencies", copyOr(client.get("dependencies"), new LinkedHashMap<>()));
        out.put("name", client.get("name"));
        out.put("tags", copyOr(client.get("tags"), new ArrayList<>()));
        out.put("type", client.get("type"));
        return sortedMap(out);
    }

    /** Completes one ABT-IO instance: {@code {config, name, pool}}, config merged over defaults. */
    public static Map<String, Object> abtIo(Map<String, Object> instance, List<String> poolNames,
            String defaultPool) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("config", abtIoConfig(Json.asObject(instance.get("config"))));
        out.put("name", instance.get("name"));
        out.put("pool", pool(instance.get("pool"), poolNames, defaultPool));
        return sortedMap(out);
    }

    /**
     * Completes one SSG group: {@code {bootstrap, credential, group_file, name, pool}} plus
     * {@code swim} (three integers) when SWIM is configured and not disabled.
     */
    public static Map<String, Object> ssg(Map<String, Object> group, List<String> poolNames,
            String defaultPool) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bootstrap", copyOr(group.get("bootstrap"), "init"));
        out.put("credential", copyOr(group.get("credential"), -1L));
        out.put("group_file", copyOr(group.get("group_file"), ""));
        out.put("name", group.get("name"));
        out.put("pool", pool(group.get("pool"), poolNames, defaultPool));
        Map<String, Object> swim = Json.asObject(group.get("swim"));
        if (swim != null && !Boolean.TRUE.equals(swim.get("disabled"))) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("period_length_ms", copyOr(swim.get("period_length_ms"), 0L));
            s.put("subgroup_member_count", copyOr(swim.get("subgroup_member_count"), -1L));
            s.put("suspect_timeout_periods", copyOr(swim.get("suspect_timeout_periods"), -1L));
            out.put("swim", s);
        }
        return sortedMap(out);
    }

    private static Map<String, Object> bedrock(Map<String, Object> bedrock, List<String> poolNames,
            String rpcPool) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pool", pool(bedrock.get("pool"), poolNames, rpcPool));
        out.put("provider_id", copyOr(bedrock.get("provider_id"), 0L));
        return out;
    }

    private static String pool(Object ref, List<String> poolNames, String fallback) {
        if (ref == null) {
            return fallback;
        }
        String name = PoolRefs.resolve(ref, poolNames);
        return name == null ? fallback : name;
    }

    private static List<Object> sectionItems(Object section) {
        List<Object> items = Json.asArray(section);
        return items == null ? List.of() : items;
    }

    private static Object copyOr(Object value, Object fallback) {
        return value == null ? fallback : Json.copy(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sortedMap(Map<String, Object> map) {
        return (Map<String, Object>) Json.sorted(map);
    }
}
