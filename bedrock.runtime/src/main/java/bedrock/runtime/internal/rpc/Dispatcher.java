package bedrock.runtime.internal.rpc;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Runs requests: finds the registered RPC, checks the credential, and queues the handler on the
 * provider's pool; the outcome goes to a {@link Responder} from the pool thread.
 *
 * <p>Shared by network requests (called on an event loop) and local short-circuit calls (called
 * on the caller's thread); in both cases the handler itself only ever runs on the pool.
 * Thread-safe.
 */
final class Dispatcher {

    /** Receives the outcome of one request, on whichever thread produced it. */
    interface Responder {
        void respond(long requestId, RpcStatus status, byte[] body, String path);
    }

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final byte[] EMPTY = new byte[0];

    private final RpcRegistry registry;
    private final Supplier<String> address;

    /** @param address this engine's advertised address, named in "no such RPC" errors */
    Dispatcher(RpcRegistry registry, Supplier<String> address) {
        this.registry = registry;
        this.address = address;
    }

    /** Starts one request; the responder is called exactly once. */
    void dispatch(long requestId, int providerId, String rpcName, byte[] payload, String credential,
            Responder responder) {
        RpcRegistry.Entry entry = registry.lookup(rpcName, providerId);
        if (entry == null) {
            responder.respond(requestId, RpcStatus.NO_SUCH_RPC, utf8("No RPC \"" + rpcName
                    + "\" registered for provider id " + providerId + " at " + address.get()), null);
            return;
        }
        if (!accepts(entry, credential)) {
            responder.respond(requestId, RpcStatus.UNAUTHORIZED, utf8("RPC \"" + rpcName
                    + "\" of provider id " + providerId + " requires a valid credential"), null);
            return;
        }
        try {
            entry.pool.execute(() -> run(entry, requestId, payload, responder));
        } catch (RuntimeException e) {
            responder.respond(requestId, RpcStatus.ERROR, utf8("Pool \"" + entry.pool.name()
                    + "\" of provider id " + providerId + " refused RPC \"" + rpcName + "\": "
                    + messageOf(e)), null);
        }
    }

    private static boolean accepts(RpcRegistry.Entry entry, String credential) {
        try {
            return entry.credentialCheck.accepts(credential);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Credential check of RPC \"" + entry.rpcName + "\" failed", e);
            return false;
        }
    }

    private static void run(RpcRegistry.Entry entry, long requestId, byte[] payload,
            Responder responder) {
        byte[] result;
        try {
            result = entry.handler.handle(payload);
        } catch (BedrockException e) {
            responder.respond(requestId, RpcStatus.ERROR, utf8(messageOf(e)), e.path().orElse(null));
            return;
        } catch (ClientException e) {
            responder.respond(requestId, RpcStatus.ERROR, utf8(messageOf(e)), e.path().orElse(null));
            return;
        } catch (Exception | LinkageError | AssertionError e) {
            // A module's bug must reach its caller, not kill the pool's thread.
            LOG.log(Level.DEBUG, "RPC \"" + entry.rpcName + "\" failed", e);
            responder.respond(requestId, RpcStatus.ERROR, utf8(messageOf(e)), null);
            return;
        }
        responder.respond(requestId, RpcStatus.OK, result == null ? EMPTY : result, null);
    }

    static String messageOf(Throwable e) {
        String message = e.getMessage();
        // A user reads this: no Java class names.
        return message == null || message.isEmpty() ? "internal error (no message)" : message;
    }

    static String utf8String(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
