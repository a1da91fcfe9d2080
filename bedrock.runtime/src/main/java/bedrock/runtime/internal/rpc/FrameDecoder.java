package bedrock.runtime.internal.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.util.concurrent.ScheduledFuture;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Splits the byte stream into frames and decodes them into {@link RequestFrame}s or
 * {@link ResponseFrame}s.
 *
 * <p>A frame that is malformed, of the wrong type or longer than the maximum closes this
 * connection (and only it) after a warning; the bytes that follow are dropped unread. An oversized
 * frame is refused from its length prefix alone, before any of it is buffered. On a server
 * connection, a frame being received also takes its announced length from the server's
 * {@link BufferBudget} (refused, closing the connection, when the budget is spent), and must
 * arrive whole within the frame timeout of its first byte. One instance per channel; runs on that
 * channel's event loop.
 */
final class FrameDecoder extends ByteToMessageDecoder {

    private static final System.Logger LOG = System.getLogger(FrameDecoder.class.getName());

    private final int maxFrameSize;
    private final byte expectedType;
    private final BufferBudget budget;
    private final long frameTimeoutMillis;
    private boolean failed;
    /** Bytes taken from the budget for the frame being received. */
    private long reserved;
    private long framesDecoded;
    private ScheduledFuture<?> timer;

    /**
     * A decoder without budget or timeout (a client connection).
     *
     * @param maxFrameSize the largest frame body accepted, in bytes
     * @param expectedType {@link FrameCodec#REQUEST} on a server connection,
     *     {@link FrameCodec#RESPONSE} on a client one
     */
    public FrameDecoder(int maxFrameSize, byte expectedType) {
        this(maxFrameSize, expectedType, null, 0);
    }

    /**
     * @param budget shared by the server's connections; null for none
     * @param frameTimeoutMillis how long a frame may take to arrive whole; 0 for no limit
     */
    FrameDecoder(int maxFrameSize, byte expectedType, BufferBudget budget, long frameTimeoutMillis) {
        this.maxFrameSize = maxFrameSize;
        this.expectedType = expectedType;
        this.budget = budget;
        this.frameTimeoutMillis = frameTimeoutMillis;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= FrameCodec.LENGTH_PREFIX) {
            int length = in.getInt(in.readerIndex());
            if (length < FrameCodec.MIN_BODY || length > maxFrameSize) {
                fail(ctx, in, "malformed frame (frame length " + length + " outside "
                        + FrameCodec.MIN_BODY + ".." + maxFrameSize + ")");
                return;
            }
            if (in.readableBytes() < FrameCodec.LENGTH_PREFIX + length) {
                if (!reserve(length)) {
                    fail(ctx, in, "the server's buffers are full (bedrock.rpc.maxBufferedBytes = "
                            + budget.limit() + "), frame of " + length + " bytes refused");
                }
                break;
            }
            in.skipBytes(FrameCodec.LENGTH_PREFIX);
            ByteBuf body = in.readSlice(length);
            releaseReserved();
            framesDecoded++;
            try {
                out.add(FrameCodec.decode(body, expectedType));
            } catch (RuntimeException e) {
                fail(ctx, in, "malformed frame (" + e.getMessage() + ")");
                return;
            }
        }
        if (in.isReadable()) {
            armTimer(ctx);
        }
    }

    private boolean reserve(int length) {
        if (budget == null || reserved > 0) {
            return true;
        }
        if (!budget.tryReserve(length)) {
            return false;
        }
        reserved = length;
        return true;
    }

    private void releaseReserved() {
        if (reserved > 0) {
            budget.release(reserved);
            reserved = 0;
        }
    }

    /** Closes the connection if the frame now begun is still incomplete after the timeout. */
    private void armTimer(ChannelHandlerContext ctx) {
        if (timer != null || frameTimeoutMillis <= 0) {
            return;
        }
        long mark = framesDecoded;
        timer = ctx.executor().schedule(() -> {
            timer = null;
            ByteBuf buffered = internalBuffer();
            if (failed || !ctx.channel().isActive() || !buffered.isReadable()) {
                return;
            }
            if (framesDecoded == mark) {
                fail(ctx, buffered, "incomplete frame for over " + frameTimeoutMillis
                        + " ms (bedrock.rpc.frameTimeoutMillis)");
            } else {
                armTimer(ctx);
            }
        }, frameTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        releaseReserved();
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, String reason) {
        failed = true;
        in.skipBytes(in.readableBytes());
        releaseReserved();
        LOG.log(Level.WARNING, "Closing RPC connection with {0}: {1}",
                ctx.channel().remoteAddress(), reason);
        // The handler after this one tells its calls why (a client: "not a Bedrock peer?").
        ctx.fireExceptionCaught(new CorruptedFrameException(reason));
        ctx.close();
    }
}
