package bedrock.runtime.internal.server;

import bedrock.runtime.internal.core.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assembles the completed configuration of a running service: the spec's defaults as completed
 * at start-up, with everything that changes at run time (pools, xstreams, address, groups, I/O
 * instances, libraries, clients, providers) read from the live objects. Keys are sorted at every
 * level, as upstream prints them.
 */
final class ConfigView {

    private ConfigView() {
    }

    /** Called under the service lock. */
    static Map<String, Object> of(BedrockService s) {
        return with(withoutProviders(s), s.components.providerConfigs());
    }

    /**
     * Every section but {@code providers}, which may be large: a change takes the providers it
     * touched from {@code Components.commitProviders} instead. Called under the service lock.
     */
    static Map<String, Object> withoutProviders(BedrockService s) {
        Map<String, Object> out = new TreeMap<>();
        out.put("abt_io", Values.sortedCopy(new ArrayList<>(s.abtIoConfigs)));
        Map<String, Object> bedrock = new TreeMap<>();
        bedrock.put("pool", s.bedrockPool);
        bedrock.put("provider_id", (long) s.bedrockId);
        out.put("bedrock", bedrock);
        // Client and provider configs are built fresh and sorted by their entries.
        out.put("clients", new ArrayList<>(s.components.clientConfigs()));
        out.put("libraries", s.libraries.config());
        out.put("margo", margo(s));
        out.put("ssg", Values.sortedCopy(new ArrayList<>(s.ssgConfigs)));
        return out;
    }

    /** {@code rest} (left as it is) with {@code providers} as its providers section. */
    static Map<String, Object> with(Map<String, Object> rest, List<Map<String, Object>> providers) {
        Map<String, Object> out = new TreeMap<>(rest);
        out.put("providers", new ArrayList<>(providers));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> margo(BedrockService s) {
        Map<String, Object> margo = (Map<String, Object>) Values.sortedCopy(s.margo);
        Map<String, Object> argobots = Values.object(margo.get("argobots"));
        Map<String, Object> live = s.resources.execution.config();
        argobots.put("pools", Values.sortedCopy(live.get("pools")));
        argobots.put("xstreams", Values.sortedCopy(live.get("xstreams")));
        Map<String, Object> mercury = Values.object(margo.get("mercury"));
        mercury.put("address", s.rpc().address());
        margo.put("mercury", mercury);
        return margo;
    }
}
