package bedrock.runtime.internal.core;

import bedrock.api.module.ClientInstance;
import bedrock.api.module.ModuleFactory;
import java.util.List;
import java.util.Map;

/** A client a service created. */
final class ClientEntry extends ComponentEntry {

    final ClientInstance instance;

    ClientEntry(String name, String type, ModuleFactory factory, List<String> tags,
            Map<String, Object> dependencyEcho, ClientInstance instance) {
        super(name, type, factory, tags, dependencyEcho);
        this.instance = instance;
    }

    @Override
    Map<String, Object> moduleConfig() {
        return instance.config();
    }

    Map<String, Object> config() {
        return baseConfig();
    }
}
