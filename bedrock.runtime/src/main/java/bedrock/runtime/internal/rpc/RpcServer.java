package bedrock.runtime.internal.rpc;

import bedrock.api.BedrockException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The listening side of an engine: accepts connections and gives each a {@link FrameDecoder} and
 * a {@link ServerHandler}. Binds exactly the host it is given, so a wildcard is only ever bound on
 * explicit request. Not thread-safe: bound and closed by the engine's lifecycle methods.
 */
final class RpcServer {

    private final ServerBootstrap bootstrap;
    private Channel serverChannel;

    RpcServer(EventLoopGroup group, Transport transport, ChannelGroup channels, Dispatcher dispatcher,
            int maxFrameSize) {
        this.bootstrap = new ServerBootstrap()
                .group(group)
                .channel(transport.serverChannelClass())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channels.add(channel);
                        channel.pipeline().addLast(
                                new FrameDecoder(maxFrameSize, FrameCodec.REQUEST),
                                new ServerHandler(dispatcher, maxFrameSize));
                    }
                });
    }

    /**
     * Binds the endpoint and returns the bound socket address (with the real port when 0 was
     * asked).
     *
     * @throws BedrockException naming the address when it cannot be bound
     */
    InetSocketAddress bind(Endpoint endpoint) {
        ChannelFuture future;
        try {
            future = bootstrap.bind(new InetSocketAddress(endpoint.host(), endpoint.port()));
        } catch (RuntimeException e) {
            throw new BedrockException("Could not listen on " + endpoint + ": "
                    + Dispatcher.messageOf(e), e);
        }
        future.awaitUninterruptibly();
        if (!future.isSuccess()) {
            throw new BedrockException("Could not listen on " + endpoint + ": "
                    + Dispatcher.messageOf(future.cause()), future.cause());
        }
        serverChannel = future.channel();
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops accepting connections (those already accepted are closed by the engine). */
    void close() {
        if (serverChannel != null) {
            serverChannel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
    }
}
