package bedrock.runtime.internal.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Splits the byte stream into frames and decodes them into {@link RequestFrame}s or
 * {@link ResponseFrame}s.
 *
 * <p>A frame that is malformed, of the wrong type or longer than the maximum closes this
 * connection (and only it) after a warning; the bytes that follow are dropped unread. An oversized
 * frame is refused from its length prefix alone, before any of it is buffered. One instance per
 * channel; runs on that channel's event loop.
 */
final class FrameDecoder extends ByteToMessageDecoder {

    private static final System.Logger LOG = System.getLogger(FrameDecoder.class.getName());

    private final int maxFrameSize;
    private final byte expectedType;
    private boolean failed;

    /**
     * @param maxFrameSize the largest frame body accepted, in bytes
     * @param expectedType {@link FrameCodec#REQUEST} on a server connection,
     *     {@link FrameCodec#RESPONSE} on a client one
     */
    public FrameDecoder(int maxFrameSize, byte expectedType) {
        this.maxFrameSize = maxFrameSize;
        this.expectedType = expectedType;
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
                fail(ctx, in, "frame length " + length + " outside " + FrameCodec.MIN_BODY + ".."
                        + maxFrameSize);
                return;
            }
            if (in.readableBytes() < FrameCodec.LENGTH_PREFIX + length) {
                return;
            }
            in.skipBytes(FrameCodec.LENGTH_PREFIX);
            ByteBuf body = in.readSlice(length);
            try {
                out.add(FrameCodec.decode(body, expectedType));
            } catch (RuntimeException e) {
                fail(ctx, in, e.getMessage());
                return;
            }
        }
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, String reason) {
        failed = true;
        in.skipBytes(in.readableBytes());
        LOG.log(Level.WARNING, "Closing RPC connection with {0}: malformed frame ({1})",
                ctx.channel().remoteAddress(), reason);
        ctx.close();
    }
}
