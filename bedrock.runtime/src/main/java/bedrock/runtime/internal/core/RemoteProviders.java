package bedrock.runtime.internal.core;

import bedrock.api.module.ProviderHandle;
import java.time.Duration;

/**
 * Finds providers of other daemons: asks the daemon at an address for the provider named by
 * {@code name} or {@code type:id}, waiting up to a timeout for it to appear there.
 */
@FunctionalInterface
public interface RemoteProviders {

    /**
     * @param address the remote daemon's address
     * @param locator {@code name} or {@code type:id}
     * @param expectedType the dependency's type, to check the answer against
     * @param timeout how long the remote side may wait for the provider to appear
     */
    ProviderHandle lookup(String address, String locator, String expectedType, Duration timeout);

    /** For a service without a network: every remote reference fails clearly. */
    static RemoteProviders unavailable() {
        return (address, locator, type, timeout) -> {
            throw new bedrock.api.BedrockException("Cannot resolve \"" + locator + "@" + address
                    + "\": this service has no network engine to reach other daemons");
        };
    }
}
