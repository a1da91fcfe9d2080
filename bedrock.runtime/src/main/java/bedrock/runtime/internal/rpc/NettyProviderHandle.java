package bedrock.runtime.internal.rpc;

import bedrock.api.ClientException;
import bedrock.api.module.ProviderHandle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A {@link ProviderHandle} that calls through a {@link NettyRpcEngine}. Immutable and
 * thread-safe; the futures it returns complete on a network or pool thread, so stages chained on
 * them should not block (use the {@code *Async} variants for blocking work).
 */
final class NettyProviderHandle implements ProviderHandle {

    private final NettyRpcEngine engine;
    private final String address;
    private final int providerId;
    private final String type;

    NettyProviderHandle(NettyRpcEngine engine, String address, int providerId, String type) {
        this.engine = engine;
        this.address = address;
        this.providerId = providerId;
        this.type = type;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public int providerId() {
        return providerId;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public CompletableFuture<byte[]> callAsync(String rpcName, byte[] request, Duration timeout) {
        return engine.callAsync(address, providerId, rpcName, request, timeout, null);
    }

    @Override
    public CompletableFuture<byte[]> callAsync(String rpcName, byte[] request) {
        return engine.callAsync(address, providerId, rpcName, request, null, null);
    }

    @Override
    public byte[] call(String rpcName, byte[] request) throws ClientException {
        CompletableFuture<byte[]> future = callAsync(rpcName, request);
        CallSpin.awhile(future, engine.callSpinNanos());
        return await(future);
    }

    /**
     * Waits for a call's result, rethrowing its failure as a {@link ClientException} raised here
     * (same message and path; the original, from the network thread, as its cause).
     */
    static byte[] await(CompletableFuture<byte[]> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ClientException) {
                ClientException remote = (ClientException) cause;
                throw new ClientException(remote.getMessage(), remote.path().orElse(null), remote);
            }
            throw new ClientException(Dispatcher.messageOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw new ClientException("Interrupted while waiting for a response", e);
        }
    }

    @Override
    public String toString() {
        return spec();
    }
}
