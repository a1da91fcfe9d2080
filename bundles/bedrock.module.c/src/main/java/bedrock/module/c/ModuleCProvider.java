package bedrock.module.c;

import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import java.util.List;
import java.util.Map;

/**
 * A {@code module_c} provider: reports the configuration it was given (upstream's module C does,
 * so the expected dependencies show in the completed config) and records its dependencies.
 */
public final class ModuleCProvider implements ProviderInstance {

    private final String name;
    private final String type;
    private final int providerId;
    private final String poolName;
    private final Map<String, Object> config;
    private final List<String> tags;
    private final RecordedDependencies dependencies;
    private volatile boolean closed;

    ModuleCProvider(ProviderArgs args) {
        this.name = args.name();
        this.type = args.type();
        this.providerId = args.providerId();
        this.poolName = args.pool().name();
        this.config = args.config();
        this.tags = List.copyOf(args.tags());
        this.dependencies = new RecordedDependencies(args.dependencies());
    }

    /** The provider's name. */
    public String name() {
        return name;
    }

    /** The module type it was created as. */
    public String type() {
        return type;
    }

    /** The provider id it was given. */
    public int providerId() {
        return providerId;
    }

    /** The name of the pool it was given. */
    public String poolName() {
        return poolName;
    }

    /** The tags it was given. */
    public List<String> tags() {
        return tags;
    }

    /** What Bedrock resolved for its dependencies. */
    public RecordedDependencies dependencies() {
        return dependencies;
    }

    /** Dependency name to resolved names. */
    public Map<String, List<String>> dependencyNames() {
        return dependencies.names();
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** The configuration it was given, unchanged. */
    @Override
    public Map<String, Object> config() {
        return config;
    }

    @Override
    public void close() {
        closed = true;
    }
}
