package bedrock.api.module;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The daemon's RPC engine. Providers define RPCs on it; clients reach providers through it.
 *
 * <p>An RPC is identified by its name and the provider id it is registered for. Requests and
 * responses are opaque bytes; the module chooses their encoding.
 */
@ProviderType
public interface RpcEngine {

    /** The address other daemons and clients reach this engine at, e.g. {@code tcp://127.0.0.1:4567}. */
    String address();

    /**
     * Defines an RPC served by one provider. The handler runs as a task in {@code pool}.
     *
     * @throws bedrock.api.BedrockException if that name is already registered for that provider id
     */
    Registration register(String rpcName, int providerId, Pool pool, RpcHandler handler);

    /**
     * A handle to the provider with that id at that address. No message is sent: a wrong address
     * or id shows at the first call.
     *
     * @param type the provider's module type, carried for error messages and configs
     */
    ProviderHandle providerHandle(String address, int providerId, String type);

    /** The timeout a call gets when none is given. */
    Duration defaultTimeout();

    /** A registered RPC; closing it deregisters the RPC. Idempotent. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
