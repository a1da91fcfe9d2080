package bedrock.runtime.internal.rpc;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import java.lang.System.Logger.Level;

/**
 * The end of a client connection's pipeline: passes responses and the connection's end to its
 * {@link ClientConnection}. One instance per channel; runs on its event loop.
 */
final class ClientHandler extends ChannelInboundHandlerAdapter {

    private static final System.Logger LOG = System.getLogger(ClientHandler.class.getName());

    private final ClientConnection connection;

    ClientHandler(ClientConnection connection) {
        this.connection = connection;
    }

    /** The connection this handler serves. */
    ClientConnection connection() {
        return connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        connection.onResponse((ResponseFrame) msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.onClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "Closing RPC connection to " + connection.address, cause);
        if (cause instanceof CorruptedFrameException) {
            connection.closingBecause("it sent a malformed frame (" + cause.getMessage()
                    + "): is it a Bedrock daemon?");
        }
        ctx.close();
    }
}
