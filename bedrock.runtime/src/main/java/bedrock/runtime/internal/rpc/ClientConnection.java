package bedrock.runtime.internal.rpc;

import bedrock.api.ClientException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.collection.LongObjectHashMap;
import io.netty.util.collection.LongObjectMap;
import java.util.ArrayList;
import java.util.List;

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
    /** Why this side closes the connection, told to the calls it fails; written on the event loop. */
    private volatile String closeReason;

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
            public ByteBuf encode(Channel ch) {
                return write(call, ch);
            }

            @Override
            public void fail(Throwable cause) {
                call.fail(new ClientException("Could not reach " + address + ": connection closed before "
                        + "request " + call.rpcName + " was sent" + reasonSuffix(), cause));
            }
        });
    }

    /** Enters a call in the table and encodes it; event loop only. Null when it must not be sent. */
    private ByteBuf write(PendingCall call, Channel ch) {
        if (call.future.isDone()) {
            return null; // timed out or cancelled while waiting for the connection
        }
        if (closed) {
            call.fail(closedWhilePending(call));
            return null;
        }
        if (call.remainingNanos() <= 0) {
            call.timeOut();
            return null;
        }
        ByteBuf frame = call.encode(ch);
        inFlight.put(call.requestId, call);
        // Timed on this event loop: arming and cancelling are plain queue operations here.
        call.armTimeout(ch.eventLoop(), () -> inFlight.remove(call.requestId));
        return frame;
    }

    /** A response arrived; event loop only. */
    void onResponse(ResponseFrame response) {
        PendingCall call = inFlight.remove(response.requestId());
        if (call != null) {
            call.complete(response.status(), response.body(), response.path());
        }
    }

    /** This side is about to close the connection for that reason. Event loop only. */
    void closingBecause(String reason) {
        closeReason = reason;
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

    private ClientException closedWhilePending(PendingCall call) {
        return new ClientException("Connection to " + address + " closed while request "
                + call.rpcName + " was pending" + reasonSuffix());
    }

    private String reasonSuffix() {
        String reason = closeReason;
        return reason == null ? "" : ": " + reason;
    }
}
