package bedrock.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Serves one RPC. Called on a thread of the provider's pool; an exception is sent back to the
 * caller as an error carrying its message.
 */
@ConsumerType
@FunctionalInterface
public interface RpcHandler {

    /** Handles one request and returns the response payload (never null; use an empty array). */
    byte[] handle(byte[] request) throws Exception;
}
