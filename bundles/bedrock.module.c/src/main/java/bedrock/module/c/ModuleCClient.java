package bedrock.module.c;

import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import java.util.List;
import java.util.Map;

/** A {@code module_c} client: reports the configuration it was given and records its dependencies. */
public final class ModuleCClient implements ClientInstance {

    private final String name;
    private final String type;
    private final Map<String, Object> config;
    private final List<String> tags;
    private final RecordedDependencies dependencies;
    private volatile boolean closed;

    ModuleCClient(ClientArgs args) {
        this.name = args.name();
        this.type = args.type();
        this.config = args.config();
        this.tags = List.copyOf(args.tags());
        this.dependencies = new RecordedDependencies(args.dependencies());
    }

    /** The client's name. */
    public String name() {
        return name;
    }

    /** The module type it was created as. */
    public String type() {
        return type;
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
