package bedrock.runtime.internal.rpc;

import bedrock.api.ClientException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One outgoing call, from the moment it is made until its future completes: its request (encoded
 * only when written), its deadline, and the future the caller holds.
 *
 * <p>The future completes exactly once, whichever comes first of the response, the deadline or a
 * transport failure, and on the thread that observed it (usually an event loop: dependants should
 * not block). The deadline is timed on an event loop, normally the connection's own, so arming and
 * cancelling it costs no thread wake-up. Thread-safe.
 */
final class PendingCall implements OutboundQueue.Item {

    final long requestId;
    final String rpcName;
    final String address;
    final CompletableFuture<byte[]> future = new CompletableFuture<>();
    private final int providerId;
    private final byte[] name;
    private final byte[] credential;
    private final byte[] payload;
    private final long timeoutMillis;
    private final long deadlineNanos;
    private volatile ScheduledFuture<?> timeout;

    PendingCall(long requestId, String address, int providerId, String rpcName, byte[] name,
            byte[] credential, byte[] payload, long timeoutMillis) {
        this.requestId = requestId;
        this.address = address;
        this.providerId = providerId;
        this.rpcName = rpcName;
        this.name = name;
        this.credential = credential;
        this.payload = payload;
        this.timeoutMillis = timeoutMillis;
        this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** Nanoseconds left before the deadline; zero or less once it has passed. */
    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /**
     * Times the deadline on {@code executor}, replacing any earlier timer; at expiry,
     * {@code onExpiry} runs there (to forget the call) and the future fails.
     */
    void armTimeout(EventExecutor executor, Runnable onExpiry) {
        ScheduledFuture<?> previous = timeout;
        if (previous != null) {
            previous.cancel(false);
        }
        try {
            timeout = executor.schedule(() -> {
                onExpiry.run();
                timeOut();
            }, Math.max(0, remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            fail(new ClientException("RPC engine is closed"));
            return;
        }
        if (future.isDone()) {
            cancelTimeout();
        }
    }

    /** Fails the call with the timeout error; false when it had already completed. */
    boolean timeOut() {
        return future.completeExceptionally(new ClientException("Request " + rpcName + " to " + address
                + " timed out after " + timeoutMillis + " ms"));
    }

    @Override
    public ByteBuf encode(Channel channel) {
        return FrameCodec.encodeRequest(channel.alloc(), requestId, providerId, name, credential,
                payload);
    }

    /** Completes from a response frame (remote) or a local dispatch. */
    void complete(RpcStatus status, byte[] body, String path) {
        boolean done = status == RpcStatus.OK
                ? future.complete(body)
                : future.completeExceptionally(new ClientException(Dispatcher.utf8String(body), path));
        if (done) {
            cancelTimeout();
        }
    }

    @Override
    public void fail(Throwable cause) {
        ClientException error = cause instanceof ClientException
                ? (ClientException) cause
                : new ClientException("Could not reach " + address + ": "
                        + Dispatcher.messageOf(cause), cause);
        if (future.completeExceptionally(error)) {
            cancelTimeout();
        }
    }

    private void cancelTimeout() {
        ScheduledFuture<?> current = timeout;
        if (current != null) {
            current.cancel(false);
        }
    }
}
