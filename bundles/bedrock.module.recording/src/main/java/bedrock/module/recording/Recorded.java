package bedrock.module.recording;

import bedrock.api.module.ComponentArgs;
import java.util.List;
import java.util.Map;

/**
 * What a recording provider or client was created with, for tests to inspect. Both report an
 * empty configuration, as upstream's test modules do.
 */
public abstract class Recorded {

    private final String name;
    private final String type;
    private final Map<String, Object> givenConfig;
    private final List<String> tags;
    private final Map<String, List<String>> dependencyNames;
    private final String engineAddress;
    private volatile boolean closed;

    Recorded(ComponentArgs args) {
        this.name = args.name();
        this.type = args.type();
        this.givenConfig = args.config();
        this.tags = List.copyOf(args.tags());
        this.dependencyNames = DependencyNames.of(args.dependencies());
        this.engineAddress = args.engine().address();
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** The module type it was created as. */
    public String type() {
        return type;
    }

    /** The {@code config} object it was given (not what {@link #config()} reports). */
    public Map<String, Object> givenConfig() {
        return givenConfig;
    }

    /** The tags it was given. */
    public List<String> tags() {
        return tags;
    }

    /** Dependency name to resolved names (empty: the type declares no dependencies). */
    public Map<String, List<String>> dependencyNames() {
        return dependencyNames;
    }

    /** The address of the engine that created it. */
    public String engineAddress() {
        return engineAddress;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Always empty. */
    public Map<String, Object> config() {
        return Map.of();
    }

    /** Marks it closed. */
    public void close() {
        closed = true;
    }
}
