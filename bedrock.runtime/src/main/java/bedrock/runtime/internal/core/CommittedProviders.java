package bedrock.runtime.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The {@code providers} section of the completed configuration as of the last committed change,
 * kept up to date from the providers each change touched, so that a change costs what it changes:
 * rebuilding and comparing ten thousand provider configs on every change made each one O(N).
 * Each provider's config is the one built when it was last added or moved to another pool.
 *
 * <p>Not thread-safe: the service calls it under its commit monitor.
 */
public final class CommittedProviders {

    /** The touched providers as last committed and as they are now, each list in config order. */
    public record Change(List<Map<String, Object>> before, List<Map<String, Object>> after) {
    }

    private final NavigableMap<Long, Map<String, Object>> byOrder = new TreeMap<>();
    private final Map<String, Long> orderOf = new HashMap<>();

    /** Compares the {@code touched} providers of {@code table} with their committed state, then commits them. */
    Change commit(ProviderTable table, Collection<String> touched) {
        NavigableMap<Long, Map<String, Object>> before = new TreeMap<>();
        NavigableMap<Long, Map<String, Object>> after = new TreeMap<>();
        for (String name : touched) {
            Long old = orderOf.remove(name);
            if (old != null) {
                before.put(old, byOrder.remove(old));
            }
            ProviderEntry live = table.named(name);
            if (live != null) {
                after.put(live.order, live.config());
            }
        }
        after.forEach((order, config) -> {
            byOrder.put(order, config);
            orderOf.put((String) config.get("name"), order);
        });
        return new Change(new ArrayList<>(before.values()), new ArrayList<>(after.values()));
    }

    /** The committed section in config order: a deep copy. */
    List<Map<String, Object>> copy() {
        List<Map<String, Object>> out = new ArrayList<>(byOrder.size());
        byOrder.values().forEach(config -> out.add(Values.deepCopy(config)));
        return out;
    }
}
