package bedrock.runtime.internal.net;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceGroupHandle;
import bedrock.api.client.ServiceHandle;
import bedrock.runtime.internal.rpc.NettyRpcEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Client} on a client-only Netty engine: one shared connection per daemon, every call
 * bounded by the options' timeout and carrying their credential. Thread-safe.
 */
final class NetClient implements Client {

    /** The engine's refusal of a request without the right credential. */
    private static final Pattern REFUSED = Pattern.compile(
            "RPC \"([^\"]+)\" of provider id \\d+ requires a valid credential");

    private final ClientOptions options;
    private final NettyRpcEngine engine;

    NetClient(ClientOptions options) {
        this.options = options;
        this.engine = NettyRpcEngine.builder().clientOnly().defaultTimeout(options.timeout()).build().start();
    }

    @Override
    public ServiceHandle makeServiceHandle(String address, int providerId) {
        Objects.requireNonNull(address, "address");
        return new NetServiceHandle(this, address, providerId);
    }

    @Override
    public ServiceGroupHandle makeServiceGroupHandle(List<String> addresses, int providerId) {
        return NetServiceGroupHandle.ofAddresses(this, addresses, providerId);
    }

    @Override
    public ServiceGroupHandle makeServiceGroupHandleFromFile(Path groupFile, int providerId) {
        return NetServiceGroupHandle.ofFile(this, groupFile, providerId);
    }

    /**
     * Sends one management request; the future holds the decoded JSON response, or fails with a
     * {@link ClientException} carrying the server's message and path.
     */
    CompletableFuture<Object> call(String address, int providerId, String rpc, byte[] payload) {
        return call(address, providerId, rpc, payload, options.timeout());
    }

    /** As {@link #call(String, int, String, byte[])}, bounded by {@code timeout} (a long poll waits longer). */
    CompletableFuture<Object> call(String address, int providerId, String rpc, byte[] payload,
            java.time.Duration timeout) {
        return engine.callAsync(address, providerId, rpc, payload, timeout, options.credential())
                .handle((body, error) -> {
                    if (error != null) {
                        throw new CompletionException(translate(unwrap(error)));
                    }
                    return Wire.decode(body);
                });
    }

    /** Waits for a call and rethrows its failure as the {@link ClientException} it carries. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof ClientException ce) {
                // A fresh exception gives the caller's stack; the original stays as the cause.
                throw new ClientException(ce.getMessage(), ce.path().orElse(null), ce);
            }
            throw new ClientException(String.valueOf(cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("Interrupted while waiting for a Bedrock daemon", e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ClientException translate(Throwable error) {
        if (error instanceof ClientException ce) {
            Matcher refused = REFUSED.matcher(String.valueOf(ce.getMessage()));
            if (refused.matches()) {
                return new ClientException("Permission denied: this daemon requires a credential for "
                        + refused.group(1), ce.path().orElse(null), ce);
            }
            return ce;
        }
        return new ClientException(String.valueOf(error.getMessage()), error);
    }

    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "Client[" + engine + "]";
    }
}
