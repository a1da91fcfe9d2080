package bedrock.runtime.internal.rpc;

import bedrock.api.ClientException;
import io.netty.channel.Channel;
import io.netty.util.collection.LongObjectHashMap;
import io.netty.util.collection.LongObjectMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * One client connection to a remote engine: sends calls and matches responses to them by request
 * id.
 *
 * <p>{@link #send} may be called from any thread. The table of calls in flight is only touched on
 * the channel's event loop (calls are entered just before their frame is written, and removed when
 * the response is read), so it needs no locking.
 */
final class ClientConnection {

    final String address;
    final Channel channel;
    private final OutboundQueue out;
    private final LongObjectMap<PendingCall> inFlight = new LongObjectHashMap<>();
    private boolean closed;

    ClientConnection(String address, Channel channel) {
        this.address = address;
        this.channel = channel;
        this.out = new OutboundQueue(channel);
    }

    /** Whether calls can still be sent on this connection. */
    boolean isUsable() {
        return channel.isActive();
    }

    /** Queues a call; its future fails if the connection is or becomes closed. */
    void send(PendingCall call) {
        out.enqueue(new OutboundQueue.Item() {
            @Override
            public io.netty.buffer.ByteBuf encode(Channel ch) {
                var frame = call.encode(ch);
                if (frame != null) {
                    if (closed) {
                        frame.release();
                        call.fail(closedWhilePending(call));
                        return null;
                    }
                    call.sentOn(ClientConnection.this);
                    inFlight.put(call.requestId, call);
                }
                return frame;
            }

            @Override
            public void fail(Throwable cause) {
                call.fail(new ClientException("Could not reach " + address + ": connection closed before "
                        + "request " + call.rpcName + " was sent", cause));
            }
        });
    }

    /** A response arrived; event loop only. */
    void onResponse(ResponseFrame response) {
        PendingCall call = inFlight.remove(response.requestId());
        if (call != null) {
            call.complete(response.status(), response.body(), response.path());
        }
    }

    /** The connection dropped: fail every call in flight at once. Event loop only. */
    void onClosed() {
        closed = true;
        List<PendingCall> calls = new ArrayList<>(inFlight.values());
        inFlight.clear();
        for (PendingCall call : calls) {
            call.fail(closedWhilePending(call));
        }
    }

    /** A call timed out: drop it from the table (from any thread). */
    void forget(long requestId) {
        try {
            channel.eventLoop().execute(() -> inFlight.remove(requestId));
        } catch (RejectedExecutionException e) {
            // The event loop is gone, and the table with it.
        }
    }

    private ClientException closedWhilePending(PendingCall call) {
        return new ClientException("Connection to " + address + " closed while request "
                + call.rpcName + " was pending");
    }
}
