package bedrock.runtime.internal.rpc;

import bedrock.api.ClientException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One shared connection per remote address, opened at the first call and opened again at the
 * first call after it failed or closed.
 *
 * <p>Thread-safe. Calls made while a connection is being opened wait on the same attempt; when it
 * fails they all fail at once with {@code Could not reach <address>: <reason>}.
 */
final class ConnectionPool {

    private final Bootstrap bootstrap;
    private final ChannelGroup channels;
    private final int maxFrameSize;
    private final ConcurrentMap<String, CompletableFuture<ClientConnection>> connections =
            new ConcurrentHashMap<>();

    ConnectionPool(EventLoopGroup group, Transport transport, ChannelGroup channels, int maxFrameSize,
            int connectTimeoutMillis) {
        this.channels = channels;
        this.maxFrameSize = maxFrameSize;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(transport.channelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis);
    }

    /**
     * The connection to an address, opening it if needed.
     *
     * @param address the canonical address, used as the key and in messages
     * @param endpoint the parsed address
     */
    CompletableFuture<ClientConnection> get(String address, Endpoint endpoint) {
        while (true) {
            CompletableFuture<ClientConnection> existing = connections.get(address);
            if (existing == null) {
                CompletableFuture<ClientConnection> created = new CompletableFuture<>();
                if (connections.putIfAbsent(address, created) == null) {
                    connect(address, endpoint, created);
                    return created;
                }
                continue;
            }
            if (!existing.isDone()
                    || (!existing.isCompletedExceptionally() && existing.join().isUsable())) {
                return existing; // still connecting, or healthy
            }
            // Failed or since closed: drop it so this call opens a fresh connection.
            connections.remove(address, existing);
        }
    }

    /** Closes every connection; their calls in flight fail. */
    void closeAll() {
        for (CompletableFuture<ClientConnection> future : connections.values()) {
            future.thenAccept(connection -> connection.channel.close());
        }
        connections.clear();
    }

    private void connect(String address, Endpoint endpoint,
            CompletableFuture<ClientConnection> result) {
        Bootstrap attempt = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                ClientConnection connection = new ClientConnection(address, channel);
                channel.pipeline().addLast(new FrameDecoder(maxFrameSize, FrameCodec.RESPONSE),
                        new ClientHandler(connection));
                channel.closeFuture().addListener(f -> connections.remove(address, result));
                channels.add(channel);
            }
        });
        ChannelFuture future;
        try {
            future = attempt.connect(new InetSocketAddress(endpoint.host(), endpoint.port()));
        } catch (RuntimeException e) {
            fail(address, result, e);
            return;
        }
        future.addListener((ChannelFuture f) -> {
            if (f.isSuccess()) {
                ClientHandler handler = f.channel().pipeline().get(ClientHandler.class);
                result.complete(handler.connection());
            } else {
                fail(address, result, f.cause());
            }
        });
    }

    private void fail(String address, CompletableFuture<ClientConnection> result, Throwable cause) {
        connections.remove(address, result);
        result.completeExceptionally(new ClientException("Could not reach " + address + ": "
                + reason(cause), cause));
    }

    private static String reason(Throwable cause) {
        if (cause instanceof ConnectException && cause.getMessage() != null
                && cause.getMessage().contains("refused")) {
            return "connection refused";
        }
        return Dispatcher.messageOf(cause);
    }
}
