package bedrock.runtime.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Committed configs by {@link ProviderEntry#order}, in that order: a provider added later has a
     * larger order, so appending the new ones of a commit in order keeps the map sorted.
     */
    private final Map<Long, Map<String, Object>> byOrder = new LinkedHashMap<>();
    private final Map<String, Long> orderOf = new HashMap<>();

    /** Compares the {@code touched} providers of {@code table} with their committed state, then commits them. */
    Change commit(ProviderTable table, Collection<String> touched) {
        List<Ranked> before = new ArrayList<>();
        List<Ranked> after = new ArrayList<>();
        for (String name : touched) {
            Long old = orderOf.get(name);
            ProviderEntry live = table.named(name);
            if (old != null) {
                before.add(new Ranked(old, byOrder.get(old)));
            }
            if (live != null) {
                after.add(new Ranked(live.order, live.config()));
            }
            if (old != null && (live == null || live.order != old)) {
                byOrder.remove(old);
                orderOf.remove(name);
            }
        }
        before.sort(Ranked.ORDER);
        after.sort(Ranked.ORDER);
        for (Ranked r : after) {
            // A provider still there (moved to another pool) keeps its place; a new one goes last.
            byOrder.put(r.order(), r.config());
            orderOf.put((String) r.config().get("name"), r.order());
        }
        return new Change(Ranked.configs(before), Ranked.configs(after));
    }

    /** A config and its provider's rank in creation order. */
    private record Ranked(long order, Map<String, Object> config) {
        static final Comparator<Ranked> ORDER = Comparator.comparingLong(Ranked::order);

        static List<Map<String, Object>> configs(List<Ranked> ranked) {
            List<Map<String, Object>> out = new ArrayList<>(ranked.size());
            ranked.forEach(r -> out.add(r.config()));
            return out;
        }
    }

    /** The committed section in config order: a deep copy. */
    List<Map<String, Object>> copy() {
        List<Map<String, Object>> out = new ArrayList<>(byOrder.size());
        byOrder.values().forEach(config -> out.add(Values.deepCopy(config)));
        return out;
    }
}
