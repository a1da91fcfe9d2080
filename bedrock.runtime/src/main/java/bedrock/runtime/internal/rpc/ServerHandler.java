package bedrock.runtime.internal.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * The end of a server connection's pipeline: hands each decoded request to the
 * {@link Dispatcher} and queues its response on this connection's {@link OutboundQueue}.
 *
 * <p>Flow control: a request is in flight from its dispatch until its response is written to the
 * socket. Requests are dispatched only while fewer than {@link RpcLimits#maxInFlight()} are in
 * flight, the channel is writable (its unwritten bytes under the high watermark) and the server's
 * {@link BufferBudget} is not spent; otherwise they wait here and the channel stops reading, so a
 * peer that never reads its answers holds a bounded number of them. An idle event closes the
 * connection when nothing is in flight or when its peer stopped reading.
 *
 * <p>One instance per accepted channel. Every field is touched on the channel's event loop only;
 * {@link #respond} is called from pool threads and only enqueues.
 */
final class ServerHandler extends ChannelInboundHandlerAdapter implements Dispatcher.Responder {

    private static final System.Logger LOG = System.getLogger(ServerHandler.class.getName());
    private static final long BUDGET_RECHECK_MILLIS = 20;
    /**
     * The default of how long the event loop waits, after a batch of reads that dispatched
     * requests, for a pool to answer before it goes back to sleep
     * ({@code bedrock.rpc.responseSpinMicros}, 0 = never): a short handler's response is then
     * written without waking the loop again.
     */
    static final long DEFAULT_RESPONSE_SPIN_NANOS = CallSpin.micros("bedrock.rpc.responseSpinMicros", 20);

    private final Dispatcher dispatcher;
    private final int maxFrameSize;
    private final RpcLimits limits;
    private final BufferBudget budget;
    private final long responseSpinNanos;
    private final ArrayDeque<RequestFrame> held = new ArrayDeque<>();
    private OutboundQueue out;
    private ChannelHandlerContext ctx;
    private int inFlight;
    /** Bytes of responses encoded but not yet written to the socket. */
    private long unwritten;
    private boolean recheckScheduled;
    /** Requests dispatched since the last read batch ended. */
    private int dispatchedInBatch;

    ServerHandler(Dispatcher dispatcher, int maxFrameSize, RpcLimits limits, BufferBudget budget,
            long responseSpinNanos) {
        this.dispatcher = dispatcher;
        this.maxFrameSize = maxFrameSize;
        this.limits = limits;
        this.budget = budget;
        this.responseSpinNanos = responseSpinNanos;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        out = new OutboundQueue(ctx.channel());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        held.add((RequestFrame) msg);
        dispatchHeld();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        // Only for a lone request (a caller waiting for each answer): with several in flight the
        // loop has reads to serve and the responses share a flush anyway.
        if (dispatchedInBatch > 0 && inFlight == 1 && responseSpinNanos > 0) {
            out.awaitAndDrain(responseSpinNanos);
        }
        dispatchedInBatch = 0;
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        dispatchHeld();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        held.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            boolean idle = inFlight == 0 && held.isEmpty();
            if (idle || unwritten > 0) {
                LOG.log(Level.DEBUG, "Closing RPC connection with {0}: {1} for {2} ms",
                        ctx.channel().remoteAddress(), idle ? "idle" : "peer not reading",
                        limits.idleTimeout().toMillis());
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    private boolean canDispatch() {
        return inFlight < limits.maxInFlight() && ctx.channel().isWritable() && !budget.exhausted();
    }

    private void dispatchHeld() {
        while (!held.isEmpty() && canDispatch()) {
            RequestFrame request = held.poll();
            inFlight++;
            dispatchedInBatch++;
            dispatcher.dispatch(request.requestId(), request.providerId(), request.rpcName(),
                    request.payload(), request.credential(), this);
        }
        boolean read = held.isEmpty() && canDispatch();
        Channel channel = ctx.channel();
        if (channel.config().isAutoRead() != read) {
            channel.config().setAutoRead(read);
        }
        if (!read && budget.exhausted() && !recheckScheduled && channel.isActive()) {
            // Other connections free the budget without telling this one: look again soon.
            recheckScheduled = true;
            ctx.executor().schedule(() -> {
                recheckScheduled = false;
                dispatchHeld();
            }, BUDGET_RECHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A response was written or dropped; on the event loop. */
    private void finished(long bytes) {
        inFlight--;
        unwritten -= bytes;
        budget.release(bytes);
        dispatchHeld();
    }

    @Override
    public void respond(long requestId, RpcStatus status, byte[] body, String path) {
        out.enqueue(new Response(requestId, status, body, path));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "Closing RPC connection with " + ctx.channel().remoteAddress(), cause);
        ctx.close();
    }

    /** A response waiting to be encoded on the event loop. */
    private final class Response implements OutboundQueue.Item {

        private final long requestId;
        private final RpcStatus status;
        private final byte[] body;
        private final String path;
        private long bytes;

        Response(long requestId, RpcStatus status, byte[] body, String path) {
            this.requestId = requestId;
            this.status = status;
            this.body = body;
            this.path = path;
        }

        @Override
        public ByteBuf encode(Channel channel) {
            ByteBuf frame = frame(channel);
            bytes = frame.readableBytes();
            unwritten += bytes;
            budget.reserve(bytes);
            return frame;
        }

        private ByteBuf frame(Channel channel) {
            byte[] pathBytes = FrameCodec.shortString(path, "JSON path");
            if (FrameCodec.responseBodySize(pathBytes, body.length) > maxFrameSize) {
                // The caller would drop the connection on an oversized frame: tell it instead.
                byte[] message = Dispatcher.utf8("Response of " + body.length
                        + " bytes exceeds the maximum frame size of " + maxFrameSize + " bytes");
                return FrameCodec.encodeResponse(channel.alloc(), requestId, RpcStatus.TOO_LARGE,
                        message, new byte[0]);
            }
            return FrameCodec.encodeResponse(channel.alloc(), requestId, status, body, pathBytes);
        }

        @Override
        public ChannelPromise promise(Channel channel) {
            ChannelPromise promise = channel.newPromise();
            promise.addListener(done -> finished(bytes));
            return promise;
        }

        @Override
        public void fail(Throwable cause) {
            // The caller is gone or will fail this request when its connection drops.
            LOG.log(Level.DEBUG, "Dropped response to request {0}: {1}", requestId,
                    cause.getMessage());
            if (ctx.executor().inEventLoop()) {
                finished(bytes);
            }
        }
    }
}
