package bedrock.api.module;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A provider created by a {@link ModuleFactory}. Bedrock keeps it until the provider is removed
 * or the daemon stops, then calls {@link #close()} (providers are closed in reverse creation order).
 *
 * <p>The optional operations ({@link #changePool}, {@link #migrate}, {@link #snapshot},
 * {@link #restore}) throw {@link UnsupportedOperationException} by default; Bedrock reports it
 * as {@code Snapshot not supported by provider type "x"}, naming the provider. A module that
 * supports one overrides it and reports bad input (a bad path, an unknown option) by throwing.
 * Bedrock calls them one at a time per service, from its own threads.
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

    /**
     * Sends the provider's state to the provider {@code destProviderId} at {@code destAddress},
     * which must be of the same type. With {@code removeSource}, Bedrock removes this provider
     * once the call returns; the provider itself only transfers its state.
     */
    default void migrate(String destAddress, int destProviderId, Map<String, Object> options,
            boolean removeSource) throws Exception {
        throw unsupported("Migration");
    }

    /**
     * Writes the provider's state to {@code destPath} on the daemon's machine. With
     * {@code removeSource}, Bedrock removes this provider once the call returns.
     */
    default void snapshot(String destPath, Map<String, Object> options, boolean removeSource)
            throws Exception {
        throw unsupported("Snapshot");
    }

    /** Replaces (or, as the module's options allow, merges into) the provider's state from {@code srcPath}. */
    default void restore(String srcPath, Map<String, Object> options) throws Exception {
        throw unsupported("Restore");
    }

    /** Releases the provider: deregisters its RPCs, closes its resources. */
    @Override
    default void close() throws Exception {
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " not supported by provider class \""
                + getClass().getName() + "\"");
    }
}
