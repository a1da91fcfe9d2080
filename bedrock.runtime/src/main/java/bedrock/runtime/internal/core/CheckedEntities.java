package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.runtime.internal.spec.SpecProblem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a checked spec declares, in creation order: the names a reference may resolve to. */
final class CheckedEntities {

    /** A client or provider declared so far; {@code id} is -1 for clients. */
    record Entity(String name, String type, int id) {
    }

    final List<String> pools = new ArrayList<>();
    final List<String> xstreams = new ArrayList<>();
    final List<String> abtIo = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<Entity> clients = new ArrayList<>();
    private final Set<Integer> providerIds = new HashSet<>();
    /** The same ids as bits, to find the lowest free one without trying each. */
    private final BitSet usedIdBits = new BitSet(65535);
    /** Each provider by name and by {@code type:id}; the first declared wins, as a scan would find. */
    private final Map<String, Entity> providerLocators = new HashMap<>();
    private final int bedrockId;

    CheckedEntities(Map<String, Object> completed) {
        Map<String, Object> argobots = Values.object(Values.object(completed.get("margo")).get("argobots"));
        names(argobots.get("pools"), pools);
        names(argobots.get("xstreams"), xstreams);
        names(completed.get("abt_io"), abtIo);
        names(completed.get("ssg"), groups);
        Object id = Values.object(completed.get("bedrock")).get("provider_id");
        bedrockId = id instanceof Number n ? n.intValue() : 0;
    }

    private static void names(Object section, List<String> out) {
        if (section instanceof List<?> list) {
            for (Object item : list) {
                Object name = Values.object(item).get("name");
                if (name instanceof String s) {
                    out.add(s);
                }
            }
        }
    }

    /** A pool, xstream, abt_io or group by name (pools and xstreams also by index): its name. */
    String resource(List<String> names, String what, Object ref, String path) {
        if (ref instanceof Number n && n.intValue() >= 0 && n.intValue() < names.size()) {
            return names.get(n.intValue());
        }
        if (ref instanceof String s && names.contains(s)) {
            return s;
        }
        throw new BedrockException("Could not find " + what + " " + bedrock.api.json.Json.write(ref), path);
    }

    /** The id the runtime would give, as {@code Components.assignId} does; a clash is reported. */
    int assignId(Object requested, String path, List<SpecProblem> problems) {
        if (requested instanceof Number n && n.intValue() != 65535) {
            int id = n.intValue();
            if (id == bedrockId) {
                problems.add(new SpecProblem(path + "/provider_id", "Bedrock already uses provider ID " + id));
            } else if (providerIds.contains(id)) {
                problems.add(new SpecProblem(path + "/provider_id", "Another provider already uses provider ID " + id));
            }
            return id;
        }
        int id = usedIdBits.nextClearBit(0);
        if (id == bedrockId) {
            id = usedIdBits.nextClearBit(id + 1);
        }
        return Math.min(id, 65535);
    }

    Entity client(String name) {
        return clients.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Records a provider once checked: later references may name it. */
    void addProvider(Entity provider) {
        providerIds.add(provider.id());
        if (provider.id() >= 0 && provider.id() < 65535) {
            usedIdBits.set(provider.id());
        }
        providerLocators.putIfAbsent(provider.name(), provider);
        providerLocators.putIfAbsent(provider.type() + ":" + provider.id(), provider);
    }

    /** A provider declared earlier, by {@code name} or {@code type:id}. */
    Entity provider(String locator) {
        return providerLocators.get(locator);
    }
}
