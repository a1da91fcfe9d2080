package bedrock.runtime.internal.core;

import bedrock.api.module.ModuleFactory;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderInstance;
import java.util.List;
import java.util.Map;

/** A provider a service created. */
final class ProviderEntry extends ComponentEntry {

    final int providerId;
    final ProviderInstance instance;
    Pool pool;
    ResourceDirectory.Hold poolHold;
    /** Its rank in creation order, given by {@link ProviderTable#add}: the order of the completed config. */
    long order;

    ProviderEntry(String name, String type, int providerId, ModuleFactory factory, List<String> tags,
            Map<String, Object> dependencyEcho, ProviderInstance instance, Pool pool,
            ResourceDirectory.Hold poolHold) {
        super(name, type, factory, tags, dependencyEcho);
        this.providerId = providerId;
        this.instance = instance;
        this.pool = pool;
        this.poolHold = poolHold;
    }

    @Override
    Map<String, Object> moduleConfig() {
        return instance.config();
    }

    bedrock.api.server.ProviderRef ref() {
        return new bedrock.api.server.ProviderRef(name, type, providerId, pool.name());
    }

    Map<String, Object> config() {
        Map<String, Object> out = baseConfig();
        out.put("pool", pool.name());
        out.put("provider_id", (long) providerId);
        return out;
    }
}
