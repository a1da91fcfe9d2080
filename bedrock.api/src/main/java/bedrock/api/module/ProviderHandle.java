package bedrock.api.module;

import bedrock.api.ClientException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a provider is (address, provider id, type) and the means to call its RPCs. A call to a
 * provider of the same daemon skips the network but still runs on the provider's pool.
 */
@ProviderType
public interface ProviderHandle {

    /** The address of the daemon hosting the provider. */
    String address();

    /** The provider id. */
    int providerId();

    /** The provider's module type. */
    String type();

    /**
     * Sends a request. The future fails with a {@link ClientException} carrying the remote error,
     * a timeout, or a transport failure naming the address.
     */
    CompletableFuture<byte[]> callAsync(String rpcName, byte[] request, Duration timeout);

    /** {@link #callAsync(String, byte[], Duration)} with the engine's default timeout. */
    CompletableFuture<byte[]> callAsync(String rpcName, byte[] request);

    /** Sends a request and waits for the response. */
    byte[] call(String rpcName, byte[] request) throws ClientException;

    /** Normalised form used in completed configs: {@code type:id@address}. */
    default String spec() {
        return type() + ":" + providerId() + "@" + address();
    }
}
