package bedrock.api.server;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The providers of a running service. {@link #create(Object)} returns the new provider, whose id
 * Bedrock assigned when the spec entry asked it to choose (65535 or absent: the lowest free id,
 * never Bedrock's own).
 */
@ProviderType
public interface ProviderManager extends EntityManager<ProviderRef> {

    /** The provider with that id and type ({@code type:id}); error if none. */
    ProviderRef lookup(String locator);

    /** Moves a provider to another pool, if its module supports it. */
    void changePool(String provider, String pool);

    /** Sends a provider's state to another provider, if its module supports it. */
    void migrate(String provider, String destAddress, int destProviderId, Map<String, Object> options,
            boolean removeSource);

    /** Writes a provider's state to a path, if its module supports it. */
    void snapshot(String provider, String destPath, Map<String, Object> options, boolean removeSource);

    /** Restores a provider's state from a path, if its module supports it. */
    void restore(String provider, String srcPath, Map<String, Object> options);
}
