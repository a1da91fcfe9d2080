package bench.rpc;

import bedrock.runtime.internal.rpc.Transport;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The raw echo server alone, for a ping-pong between two JVMs (as a daemon and its client are):
 * prints its port, then serves until its standard input closes (the parent went away).
 *
 * <p>Argument: the transport ({@code EPOLL} or {@code NIO}).
 */
public final class RawEchoServer {

    private RawEchoServer() {
    }

    public static void main(String[] args) throws Exception {
        Transport transport = Transport.valueOf(args[0]);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, RawNettyTarget.ioHandler(transport));
        Channel server = RawNettyTarget.echoServer(group, transport);
        System.out.println(((InetSocketAddress) server.localAddress()).getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to go away
        }
        server.close().sync();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
}
