package bedrock.api.module;

import bedrock.api.BedrockException;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A provider created by a {@link ModuleFactory}. Bedrock keeps it until the provider is removed
 * or the daemon stops, then calls {@link #close()} (providers are closed in reverse creation order).
 *
 * <p>The optional operations fail with a clear error by default.
 */
@ConsumerType
public interface ProviderInstance extends AutoCloseable {

    /**
     * The provider's current configuration, reported in the completed config under
     * {@code providers[i].config}. The default reports an empty object.
     */
    default Map<String, Object> config() {
        return Map.of();
    }

    /** Moves the provider's work to another pool. */
    default void changePool(Pool pool) throws Exception {
        throw unsupported("Changing pool");
    }

    /** Sends the provider's state to a provider at another address. */
    default void migrate(String destAddress, int destProviderId, Map<String, Object> options,
            boolean removeSource) throws Exception {
        throw unsupported("Migration");
    }

    /** Writes the provider's state under {@code destPath}. */
    default void snapshot(String destPath, Map<String, Object> options, boolean removeSource)
            throws Exception {
        throw unsupported("Snapshot");
    }

    /** Reads the provider's state from {@code srcPath}. */
    default void restore(String srcPath, Map<String, Object> options) throws Exception {
        throw unsupported("Restore");
    }

    /** Releases the provider: deregisters its RPCs, closes its resources. */
    @Override
    default void close() throws Exception {
    }

    private BedrockException unsupported(String what) {
        return new BedrockException(what + " not supported by provider class \""
                + getClass().getName() + "\"");
    }
}
