package bedrock.runtime.internal.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.System.Logger.Level;

/**
 * The end of a server connection's pipeline: hands each decoded request to the
 * {@link Dispatcher} and queues its response on this connection's {@link OutboundQueue}.
 *
 * <p>One instance per accepted channel. {@link #channelRead} runs on the channel's event loop and
 * never runs a handler there; responses are queued from the pool threads.
 */
final class ServerHandler extends ChannelInboundHandlerAdapter implements Dispatcher.Responder {

    private static final System.Logger LOG = System.getLogger(ServerHandler.class.getName());

    private final Dispatcher dispatcher;
    private final int maxFrameSize;
    private OutboundQueue out;

    ServerHandler(Dispatcher dispatcher, int maxFrameSize) {
        this.dispatcher = dispatcher;
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        out = new OutboundQueue(ctx.channel());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        RequestFrame request = (RequestFrame) msg;
        dispatcher.dispatch(request.requestId(), request.providerId(), request.rpcName(),
                request.payload(), request.credential(), this);
    }

    @Override
    public void respond(long requestId, RpcStatus status, byte[] body, String path) {
        out.enqueue(new Response(requestId, status, body, path, maxFrameSize));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "Closing RPC connection with " + ctx.channel().remoteAddress(), cause);
        ctx.close();
    }

    /** A response waiting to be encoded on the event loop. */
    private record Response(long requestId, RpcStatus status, byte[] body, String path,
            int maxFrameSize) implements OutboundQueue.Item {

        @Override
        public ByteBuf encode(Channel channel) {
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
        public void fail(Throwable cause) {
            // The caller is gone or will fail this request when its connection drops.
            LOG.log(Level.DEBUG, "Dropped response to request {0}: {1}", requestId,
                    cause.getMessage());
        }
    }
}
