package bedrock.module.c;

import bedrock.api.module.ComponentArgs;
import java.util.List;
import java.util.Map;

/**
 * What a {@code module_c} provider or client was created with. Both report the configuration they
 * were given (upstream's module C does, so the expected dependencies show in the completed config).
 */
public abstract class ModuleCComponent {

    private final String name;
    private final String type;
    private final Map<String, Object> config;
    private final List<String> tags;
    private final RecordedDependencies dependencies;
    private volatile boolean closed;

    ModuleCComponent(ComponentArgs args) {
        this.name = args.name();
        this.type = args.type();
        this.config = args.config();
        this.tags = List.copyOf(args.tags());
        this.dependencies = new RecordedDependencies(args.dependencies());
    }

    /** Its name. */
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
    public Map<String, Object> config() {
        return config;
    }

    /** Marks it closed. */
    public void close() {
        closed = true;
    }
}
