package bedrock.runtime.internal.rpc;

import bedrock.api.BedrockException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening side of an engine: accepts connections (up to {@link RpcLimits#maxConnections()})
 * and gives each an idle timer, a {@link FrameDecoder} and a {@link ServerHandler}, all sharing
 * one {@link BufferBudget}. Binds exactly the host it is given, so a wildcard is only ever bound on
 * explicit request. Not thread-safe: bound and closed by the engine's lifecycle methods.
 */
final class RpcServer {

    private static final System.Logger LOG = System.getLogger(RpcServer.class.getName());

    private final ServerBootstrap bootstrap;
    private final RpcLimits limits;
    private final BufferBudget budget;
    private final AtomicInteger open = new AtomicInteger();
    private Channel serverChannel;

    RpcServer(EventLoopGroup group, Transport transport, ChannelGroup channels, Dispatcher dispatcher,
            int maxFrameSize, RpcLimits limits, long responseSpinNanos) {
        this.limits = limits;
        this.budget = new BufferBudget(limits.maxBufferedBytes());
        this.bootstrap = new ServerBootstrap()
                .group(group)
                .channel(transport.serverChannelClass())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(limits.writeLowWater(), limits.writeHighWater()))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (!admit(channel)) {
                            return;
                        }
                        channels.add(channel);
                        channel.pipeline().addLast(
                                new IdleStateHandler(true, 0, 0,
                                        limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS),
                                new FrameDecoder(maxFrameSize, FrameCodec.REQUEST, budget,
                                        limits.frameTimeout().toMillis()),
                                new ServerHandler(dispatcher, maxFrameSize, limits, budget,
                                        responseSpinNanos));
                    }
                });
    }

    /** Counts the connection in, or closes it when the limit is reached. */
    private boolean admit(SocketChannel channel) {
        if (open.incrementAndGet() > limits.maxConnections()) {
            open.decrementAndGet();
            LOG.log(Level.WARNING, "Refusing RPC connection from {0}: {1} connections open "
                    + "(bedrock.rpc.maxConnections)", channel.remoteAddress(),
                    limits.maxConnections());
            channel.close();
            return false;
        }
        channel.closeFuture().addListener(closed -> open.decrementAndGet());
        return true;
    }

    /** Bytes held for all connections: frames being received, responses not yet written. */
    long bufferedBytes() {
        return budget.used();
    }

    /** Connections open now. */
    int connections() {
        return open.get();
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
