package bedrock.runtime.internal.rpc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides whether a request may run an RPC, from the credential string the caller sent.
 *
 * <p>Given at registration ({@link NettyRpcEngine#register(String, int,
 * bedrock.api.module.Pool, bedrock.api.module.RpcHandler, CredentialCheck)}); the engine calls it
 * on a network thread for every request of that RPC, before the handler is queued on its pool, so
 * it must be fast, non-blocking and thread-safe. A refused request gets an {@link
 * RpcStatus#UNAUTHORIZED} response and never reaches the handler.
 */
@FunctionalInterface
public interface CredentialCheck {

    /** Accepts every request, with or without a credential. */
    CredentialCheck NONE = credential -> true;

    /**
     * Whether to serve the request.
     *
     * @param credential what the caller sent, or null when it sent none
     */
    boolean accepts(String credential);

    /**
     * Accepts only requests carrying exactly {@code secret}. When {@code secret} is null or empty
     * (no credential configured), accepts every request. The comparison takes the same time
     * wherever the strings differ.
     */
    static CredentialCheck equalTo(String secret) {
        if (secret == null || secret.isEmpty()) {
            return NONE;
        }
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        return credential -> credential != null
                && MessageDigest.isEqual(expected, credential.getBytes(StandardCharsets.UTF_8));
    }
}
