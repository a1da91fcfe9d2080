package bedrock.api.module;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A client created by a {@link ModuleFactory}; closed when removed or when the daemon stops. */
@ConsumerType
public interface ClientInstance extends AutoCloseable {

    /** The client's current configuration, reported under {@code clients[i].config}. */
    default Map<String, Object> config() {
        return Map.of();
    }

    @Override
    default void close() throws Exception {
    }
}
