package bedrock.runtime.internal.rpc;

import bedrock.api.ClientException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import java.util.concurrent.CompletableFuture;

/**
 * One outgoing call, from the moment it is made until its future completes: its request (encoded
 * only when written), its timeout, and the future the caller holds.
 *
 * <p>The future completes exactly once, whichever comes first of the response, the timeout or a
 * transport failure, and on the thread that observed it (usually an event loop: dependants should
 * not block). Thread-safe.
 */
final class PendingCall implements OutboundQueue.Item, TimerTask {

    final long requestId;
    final String rpcName;
    final String address;
    final CompletableFuture<byte[]> future = new CompletableFuture<>();
    private final int providerId;
    private final byte[] name;
    private final byte[] credential;
    private final byte[] payload;
    private final long timeoutMillis;
    private volatile Timeout timeout;
    private volatile ClientConnection connection;

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
    }

    /** The timeout armed for this call, cancelled when it completes. */
    void timeout(Timeout value) {
        timeout = value;
        if (future.isDone()) {
            value.cancel();
        }
    }

    /** Called on the connection's event loop when the call is about to be written. */
    void sentOn(ClientConnection value) {
        connection = value;
    }

    @Override
    public ByteBuf encode(Channel channel) {
        if (future.isDone()) {
            return null; // timed out while waiting for the connection
        }
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

    /** The timer fired: fail the call and let its connection forget it. */
    @Override
    public void run(Timeout fired) {
        future.completeExceptionally(new ClientException("Request " + rpcName + " to " + address
                + " timed out after " + timeoutMillis + " ms"));
        // Even when the caller gave up first (cancelled), the entry must not outlive the call.
        ClientConnection current = connection;
        if (current != null) {
            current.forget(requestId);
        }
    }

    private void cancelTimeout() {
        Timeout current = timeout;
        if (current != null) {
            current.cancel();
        }
    }
}
