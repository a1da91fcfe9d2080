package bedrock.runtime.internal.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The providers of a service in creation order, indexed by name and by provider id, so that
 * creating, finding and removing one costs the same with ten thousand providers as with ten
 * (a list scanned per provider made a start with N providers cost N²).
 *
 * <p>Not thread-safe: the service serialises changes.
 */
final class ProviderTable {

    /** Provider ids are 0..65534; 65535 asks for a free one. */
    static final int ID_LIMIT = 65535;

    private final Map<String, ProviderEntry> byName = new LinkedHashMap<>();
    private final Map<Integer, ProviderEntry> byId = new HashMap<>();
    private final BitSet usedIds = new BitSet(ID_LIMIT);
    /** Providers added, removed or changed since the last {@link #drainTouched}. */
    private Set<String> touched = new LinkedHashSet<>();
    private long added;

    void add(ProviderEntry entry) {
        entry.order = ++added;
        touched.add(entry.name);
        byName.put(entry.name, entry);
        byId.put(entry.providerId, entry);
        if (entry.providerId >= 0 && entry.providerId < ID_LIMIT) {
            usedIds.set(entry.providerId);
        }
    }

    /** Removes that very entry; false if it is no longer in the table. */
    boolean remove(ProviderEntry entry) {
        if (byName.get(entry.name) != entry) {
            return false;
        }
        byName.remove(entry.name);
        touched.add(entry.name);
        if (byId.get(entry.providerId) == entry) {
            byId.remove(entry.providerId);
            if (entry.providerId >= 0 && entry.providerId < ID_LIMIT) {
                usedIds.clear(entry.providerId);
            }
        }
        return true;
    }

    /** Notes a change of that provider's completed config (its pool) for the next {@link #drainTouched}. */
    void touch(String name) {
        touched.add(name);
    }

    /**
     * The names of the providers added, removed or changed since the last call (a superset: one
     * added and removed again, as by a rolled back change, is named too).
     */
    Set<String> drainTouched() {
        Set<String> out = touched;
        touched = new LinkedHashSet<>();
        return out;
    }

    ProviderEntry named(String name) {
        return byName.get(name);
    }

    /** The provider of {@code type} whose id prints as {@code id} (so "07" finds none). */
    ProviderEntry withTypeAndId(String type, String id) {
        int value;
        try {
            value = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return null;
        }
        ProviderEntry entry = byId.get(value);
        return entry != null && entry.type.equals(type) && String.valueOf(value).equals(id) ? entry : null;
    }

    boolean idUsed(int id) {
        return byId.containsKey(id);
    }

    /** The lowest id that is neither used nor {@code reserved}, or -1 when none is left. */
    int freeId(int reserved) {
        int id = usedIds.nextClearBit(0);
        if (id == reserved) {
            id = usedIds.nextClearBit(id + 1);
        }
        return id < ID_LIMIT ? id : -1;
    }

    /** In creation order; a live view. */
    Collection<ProviderEntry> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    /** Newest first: a copy, so that the caller may remove while walking it. */
    List<ProviderEntry> newestFirst() {
        List<ProviderEntry> out = new ArrayList<>(byName.values());
        Collections.reverse(out);
        return out;
    }

    /** The names; a live view. */
    Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /** The ids in use; a live view. */
    Set<Integer> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    /** An entry's position in creation order (its index in the completed config), or -1. */
    int indexOf(ProviderEntry entry) {
        int i = 0;
        for (ProviderEntry p : byName.values()) {
            if (p == entry) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
