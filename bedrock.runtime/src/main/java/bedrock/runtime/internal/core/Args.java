package bedrock.runtime.internal.core;

import bedrock.api.json.Json;
import bedrock.api.module.ClientArgs;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ResolvedDependency;
import bedrock.api.module.RpcEngine;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The arguments handed to a factory: one immutable class for both clients and providers. */
final class Args implements ProviderArgs, ClientArgs {

    private final String name;
    private final String type;
    private final int providerId;
    private final Pool pool;
    private final Map<String, Object> config;
    private final List<String> tags;
    private final Map<String, List<ResolvedDependency>> dependencies;
    private final RpcEngine engine;

    Args(String name, String type, int providerId, Pool pool, Map<String, Object> config,
            List<String> tags, Map<String, List<ResolvedDependency>> dependencies, RpcEngine engine) {
        this.name = name;
        this.type = type;
        this.providerId = providerId;
        this.pool = pool;
        this.config = Collections.unmodifiableMap(Values.deepCopy(config));
        this.tags = List.copyOf(tags);
        this.dependencies = Collections.unmodifiableMap(dependencies);
        this.engine = engine;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public int providerId() {
        return providerId;
    }

    @Override
    public Pool pool() {
        return pool;
    }

    @Override
    public Map<String, Object> config() {
        return config;
    }

    @Override
    public String configJson() {
        return Json.write(config);
    }

    @Override
    public List<String> tags() {
        return tags;
    }

    @Override
    public Map<String, List<ResolvedDependency>> dependencies() {
        return dependencies;
    }

    @Override
    public RpcEngine engine() {
        return engine;
    }
}
