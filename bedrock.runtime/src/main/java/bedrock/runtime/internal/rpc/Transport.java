package bedrock.runtime.internal.rpc;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * The Netty transport an engine runs on. Immutable.
 *
 * <p>The epoll classes are reached by name: they are a runtime-only dependency (a native fragment
 * that may be absent or fail to load), and NIO must keep working without them.
 */
public enum Transport {
    /** Linux epoll, through Netty's native library; the faster one where it loads. */
    EPOLL,
    /** Java NIO selectors; works everywhere. */
    NIO;

    private static final String EPOLL_PACKAGE = "io.netty.channel.epoll.";

    /** Epoll when its native library loads here, else NIO. */
    public static Transport best() {
        return EPOLL.isAvailable() ? EPOLL : NIO;
    }

    /** Whether this transport can run in this JVM. */
    public boolean isAvailable() {
        return this == NIO || EpollHolder.AVAILABLE;
    }

    IoHandlerFactory ioHandlerFactory() {
        if (this == NIO) {
            return NioIoHandler.newFactory();
        }
        try {
            return (IoHandlerFactory) epollClass("EpollIoHandler").getMethod("newFactory").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Epoll transport unavailable", e);
        }
    }

    Class<? extends ServerChannel> serverChannelClass() {
        return this == NIO ? NioServerSocketChannel.class
                : epollClass("EpollServerSocketChannel").asSubclass(ServerChannel.class);
    }

    Class<? extends SocketChannel> channelClass() {
        return this == NIO ? NioSocketChannel.class
                : epollClass("EpollSocketChannel").asSubclass(SocketChannel.class);
    }

    private static Class<?> epollClass(String simpleName) {
        try {
            return Class.forName(EPOLL_PACKAGE + simpleName, true, Transport.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Epoll transport unavailable", e);
        }
    }

    /** Probes epoll once, lazily. */
    private static final class EpollHolder {
        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            try {
                return (Boolean) epollClass("Epoll").getMethod("isAvailable").invoke(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false;
            }
        }
    }
}
