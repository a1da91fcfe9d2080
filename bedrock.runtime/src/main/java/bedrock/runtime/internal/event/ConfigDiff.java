package bedrock.runtime.internal.event;

import bedrock.api.event.EntityEvent;
import bedrock.api.event.ModuleEvent;
import bedrock.api.event.PoolChangeEvent;
import bedrock.api.event.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The events between two completed configurations of one service: what was added (modules first,
 * then pools, xstreams, abt_io, groups, clients, providers: the creation order), which providers
 * changed pool, and what was removed (in the reverse order). Deriving events from the
 * configuration, rather than from each code path that changes it, keeps them complete: a provider
 * removed because its module's bundle stopped is reported like one removed over RPC. Stateless.
 */
public final class ConfigDiff {

    private ConfigDiff() {
    }

    /** The events that turn {@code before} into {@code after}, for the daemon at {@code address}. */
    public static List<Published> between(String address, Map<String, Object> before, Map<String, Object> after) {
        List<Published> added = new ArrayList<>();
        List<Published> removed = new ArrayList<>();
        modules(address, before.get("libraries"), after.get("libraries"), added, removed);
        entities(address, "pool", argobots(before, "pools"), argobots(after, "pools"), added, removed);
        entities(address, "xstream", argobots(before, "xstreams"), argobots(after, "xstreams"), added, removed);
        entities(address, "abt_io", before.get("abt_io"), after.get("abt_io"), added, removed);
        entities(address, "ssg", before.get("ssg"), after.get("ssg"), added, removed);
        entities(address, "client", before.get("clients"), after.get("clients"), added, removed);
        entities(address, "provider", before.get("providers"), after.get("providers"), added, removed);
        List<Published> out = new ArrayList<>(added);
        out.addAll(poolChanges(address, byName(before.get("providers")), byName(after.get("providers"))));
        for (int i = removed.size() - 1; i >= 0; i--) {
            out.add(removed.get(i));
        }
        return out;
    }

    private static void entities(String address, String kind, Object before, Object after,
            List<Published> added, List<Published> removed) {
        Map<String, Map<String, Object>> old = byName(before);
        Map<String, Map<String, Object>> now = byName(after);
        now.forEach((name, config) -> {
            if (!old.containsKey(name)) {
                added.add(new Published(Topics.added(kind), new EntityEvent(address, kind, name, config)));
            }
        });
        List<Published> gone = new ArrayList<>();
        old.forEach((name, config) -> {
            if (!now.containsKey(name)) {
                gone.add(new Published(Topics.removed(kind), new EntityEvent(address, kind, name, config)));
            }
        });
        // Reversed with the rest below: within a kind, removals keep the configuration's order.
        for (int i = gone.size() - 1; i >= 0; i--) {
            removed.add(gone.get(i));
        }
    }

    private static List<Published> poolChanges(String address, Map<String, Map<String, Object>> before,
            Map<String, Map<String, Object>> after) {
        List<Published> out = new ArrayList<>();
        after.forEach((name, config) -> {
            Map<String, Object> old = before.get(name);
            if (old != null && !Objects.equals(old.get("pool"), config.get("pool"))) {
                out.add(new Published(Topics.PROVIDER_POOL_CHANGED, new PoolChangeEvent(address, name,
                        String.valueOf(old.get("pool")), String.valueOf(config.get("pool")))));
            }
        });
        return out;
    }

    /** Module names of the object form, locations of the list form. */
    private static void modules(String address, Object before, Object after, List<Published> added,
            List<Published> removed) {
        Map<String, String> old = libraries(before);
        Map<String, String> now = libraries(after);
        now.forEach((name, location) -> {
            if (!old.containsKey(name)) {
                added.add(new Published(Topics.MODULE_LOADED, new ModuleEvent(address, name, location)));
            }
        });
        old.forEach((name, location) -> {
            if (!now.containsKey(name)) {
                removed.add(new Published(Topics.MODULE_UNLOADED, new ModuleEvent(address, name, location)));
            }
        });
    }

    private static Map<String, String> libraries(Object section) {
        Map<String, String> out = new LinkedHashMap<>();
        if (section instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (section instanceof List<?> list) {
            list.forEach(location -> out.put(String.valueOf(location), String.valueOf(location)));
        }
        return out;
    }

    private static Object argobots(Map<String, Object> config, String key) {
        return config.get("margo") instanceof Map<?, ?> margo && margo.get("argobots") instanceof Map<?, ?> abt
                ? abt.get(key) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byName(Object section) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (section instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("name") instanceof String name) {
                    out.put(name, (Map<String, Object>) map);
                }
            }
        }
        return out;
    }
}
