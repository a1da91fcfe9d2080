package bedrock.module.recording;

import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import java.util.List;
import java.util.Map;

/** A client of a recording module type: records what it was created with; reports an empty configuration. */
public final class RecordingClient implements ClientInstance {

    private final String name;
    private final String type;
    private final Map<String, Object> givenConfig;
    private final List<String> tags;
    private final Map<String, List<String>> dependencyNames;
    private final String engineAddress;
    private volatile boolean closed;

    RecordingClient(ClientArgs args) {
        this.name = args.name();
        this.type = args.type();
        this.givenConfig = args.config();
        this.tags = List.copyOf(args.tags());
        this.dependencyNames = DependencyNames.of(args.dependencies());
        this.engineAddress = args.engine().address();
    }

    /** The client's name. */
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

    @Override
    public void close() {
        closed = true;
    }
}
