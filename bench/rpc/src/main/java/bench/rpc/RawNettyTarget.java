package bench.rpc;

import bedrock.runtime.internal.rpc.Transport;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.FixedLengthFrameDecoder;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: the smallest Netty echo of fixed-size messages. The server writes back what it
 * reads on its event loop; the client matches answers to callers in order (a FIFO of futures), so
 * no framing, ids or pools of ours are involved. The server runs in this JVM, or in another one
 * ({@link RawEchoServer}).
 */
final class RawNettyTarget implements Target {

    private final EventLoopGroup serverGroup;
    private final EventLoopGroup clientGroup;
    private final Channel serverChannel;
    private final Channel channel;
    private final Queue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
    private final byte[] payload;
    private final String name;

    /** Client and echo server in this JVM. */
    RawNettyTarget(Transport transport, byte[] payload) throws Exception {
        this(transport, payload, null);
    }

    /** A client of the echo server at {@code remote} (another JVM), or of its own one when null. */
    RawNettyTarget(Transport transport, byte[] payload, InetSocketAddress remote) throws Exception {
        this.payload = payload;
        this.name = remote == null ? "raw netty" : "raw (2 JVMs)";
        serverGroup = remote == null ? new MultiThreadIoEventLoopGroup(1, ioHandler(transport)) : null;
        clientGroup = new MultiThreadIoEventLoopGroup(1, ioHandler(transport));
        serverChannel = remote == null ? echoServer(serverGroup, transport) : null;
        SocketAddress target = remote == null ? serverChannel.localAddress() : remote;
        channel = new Bootstrap().group(clientGroup)
                .channel(channelClass(transport))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new FixedLengthFrameDecoder(payload.length),
                                new ChannelInboundHandlerAdapter() {
                                    @Override
                                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                        ReferenceCountUtil.release(msg);
                                        waiting.poll().complete(null);
                                    }
                                });
                    }
                })
                .connect(target).sync().channel();
    }

    /** The echo server: writes back whatever it reads, on its event loop. */
    static Channel echoServer(EventLoopGroup group, Transport transport) throws Exception {
        return new ServerBootstrap().group(group)
                .channel(serverChannelClass(transport))
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ctx.writeAndFlush(msg);
                            }
                        });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletableFuture<?> ping() {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        ByteBuf message = channel.alloc().ioBuffer(payload.length).writeBytes(payload);
        // Enqueue and write in one step so concurrent senders keep the FIFO in wire order.
        synchronized (waiting) {
            waiting.add(answer);
            channel.writeAndFlush(message, channel.voidPromise());
        }
        return answer;
    }

    @Override
    public void close() throws Exception {
        channel.close().sync();
        clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        if (serverChannel != null) {
            serverChannel.close().sync();
            serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    static IoHandlerFactory ioHandler(Transport transport) throws Exception {
        if (transport == Transport.NIO) {
            return NioIoHandler.newFactory();
        }
        return (IoHandlerFactory) Class.forName("io.netty.channel.epoll.EpollIoHandler")
                .getMethod("newFactory").invoke(null);
    }

    private static Class<? extends ServerChannel> serverChannelClass(Transport transport) throws Exception {
        return transport == Transport.NIO ? NioServerSocketChannel.class
                : Class.forName("io.netty.channel.epoll.EpollServerSocketChannel").asSubclass(ServerChannel.class);
    }

    private static Class<? extends SocketChannel> channelClass(Transport transport) throws Exception {
        return transport == Transport.NIO ? NioSocketChannel.class
                : Class.forName("io.netty.channel.epoll.EpollSocketChannel").asSubclass(SocketChannel.class);
    }
}
