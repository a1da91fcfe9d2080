package bedrock.runtime.internal.rpc;

import static bedrock.runtime.internal.rpc.RpcRoundTripTest.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.module.ProviderHandle;
import bedrock.testkit.ExecutorPool;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile peers against one server: each flood must leave the server answering another client
 * while it holds a bounded number of bytes for the flooding connection.
 */
@Timeout(60)
class RpcFloodTest {

    private static final int BIG = 200 * 1024;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private NettyRpcEngine server;
    private ProviderHandle other;

    private void start(RpcLimits limits) {
        ExecutorPool pool = own(new ExecutorPool("flood", 16));
        server = own(NettyRpcEngine.builder().limits(limits).build().start());
        NettyRpcEngine client = own(NettyRpcEngine.builder().clientOnly()
                .defaultTimeout(Duration.ofSeconds(15)).build().start());
        server.register("echo", 1, pool, request -> request);
        server.register("big", 1, pool, request -> {
            handled.incrementAndGet();
            return new byte[BIG];
        });
        server.register("block", 1, pool, request -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } finally {
                running.decrementAndGet();
            }
            return request;
        });
        other = client.providerHandle(server.address(), 1, "t");
    }

    private <T extends AutoCloseable> T own(T resource) {
        resources.add(0, resource);
        return resource;
    }

    @AfterEach
    void closeAll() throws Exception {
        release.countDown();
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void aPipelinerThatNeverReadsHoldsBoundedBytes() throws Exception {
        start(RpcLimits.DEFAULTS.withMaxInFlight(8).withWriteWaterMarks(64 * 1024, 256 * 1024));
        Socket raw = rawSocket(8 * 1024);
        Thread writer = pipeline(raw, "big", 5000);
        long peak = 0;
        int last = -1;
        long stableSince = System.nanoTime();
        // Sample until the server stops handling: it must stall long before 5000 answers.
        while (System.nanoTime() - stableSince < TimeUnit.MILLISECONDS.toNanos(700)) {
            peak = Math.max(peak, server.bufferedBytes());
            int now = handled.get();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            }
            Thread.sleep(10);
        }
        assertTrue(handled.get() < 500, "handled " + handled.get() + " of 5000 unread requests");
        // In flight, plus the answers the kernel buffers hold: never the whole flood.
        assertTrue(peak <= 8L * (BIG + 64), "server buffered " + peak + " bytes");
        assertArrayEquals(utf8("still here"), other.call("echo", utf8("still here")));
        raw.close();
        writer.join(10_000);
        waitFor(() -> server.bufferedBytes() == 0, "buffers released after close");
    }

    @Test
    void inFlightRequestsPerConnectionAreCapped() throws Exception {
        start(RpcLimits.DEFAULTS.withMaxInFlight(4));
        try (Socket raw = rawSocket(64 * 1024)) {
            Thread writer = pipeline(raw, "block", 200);
            waitFor(() -> running.get() == 4, "4 requests running");
            Thread.sleep(300);
            assertEquals(4, maxRunning.get(), "requests of one connection running at once");
            assertArrayEquals(utf8("x"), other.call("echo", utf8("x")));
            writer.join(10_000);
        }
    }

    @Test
    void connectionsOverTheLimitAreClosed() throws Exception {
        start(RpcLimits.DEFAULTS.withMaxConnections(3));
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(rawSocket(64 * 1024));
        }
        waitFor(() -> server.serverConnections() == 3, "3 connections open");
        try (Socket extra = rawSocket(64 * 1024)) {
            assertClosedByPeer(extra);
        }
        held.remove(0).close();
        waitFor(() -> server.serverConnections() == 2, "a place freed");
        assertArrayEquals(utf8("in"), other.call("echo", utf8("in")));
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void idleConnectionsCloseButLongCallsDoNot() throws Exception {
        start(RpcLimits.DEFAULTS.withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(30)));
        try (Socket idle = rawSocket(64 * 1024)) {
            assertClosedByPeer(idle);
        }
        server.register("slow", 1, new ExecutorPool("slow", 1), request -> {
            Thread.sleep(1000);
            return request;
        });
        assertArrayEquals(utf8("late"), other.call("slow", utf8("late")));
    }

    @Test
    void aFrameThatNeverCompletesIsDroppedInTime() throws Exception {
        start(RpcLimits.DEFAULTS.withTimeouts(Duration.ofMinutes(5), Duration.ofMillis(400)));
        try (Socket raw = rawSocket(64 * 1024)) {
            DataOutputStream out = new DataOutputStream(raw.getOutputStream());
            out.writeInt(100_000);
            out.write(new byte[10]);
            out.flush();
            waitFor(() -> server.bufferedBytes() == 100_000, "the announced frame reserved");
            // Drip a byte at a time: traffic, but never a whole frame.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            boolean closed = false;
            while (!closed && System.nanoTime() < deadline) {
                Thread.sleep(100);
                closed = !write(raw, new byte[1]);
            }
            waitFor(() -> server.bufferedBytes() == 0, "the partial frame released");
        }
        assertArrayEquals(utf8("ok"), other.call("echo", utf8("ok")));
    }

    @Test
    void halfSentFramesShareOneBudget() throws Exception {
        start(RpcLimits.DEFAULTS.withMaxBufferedBytes(1 << 20));
        try (Socket first = rawSocket(64 * 1024); Socket second = rawSocket(64 * 1024)) {
            announce(first, 700_000);
            waitFor(() -> server.bufferedBytes() == 700_000, "first frame reserved");
            try {
                announce(second, 700_000);
            } catch (SocketException closedWhileWriting) {
                // The server may refuse the frame from its length alone, before the rest arrives.
            }
            assertClosedByPeer(second);
            assertTrue(server.bufferedBytes() <= 1 << 20, "buffered " + server.bufferedBytes());
            assertArrayEquals(utf8("small"), other.call("echo", utf8("small")));
        }
        waitFor(() -> server.bufferedBytes() == 0, "budget released");
    }

    private Socket rawSocket(int receiveBuffer) throws IOException {
        Endpoint endpoint = Addresses.parse(server.address());
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.connect(new java.net.InetSocketAddress(endpoint.host(), endpoint.port()), 5000);
        return own(socket);
    }

    /** Sends {@code count} requests from a thread, never reading; stops when the socket closes. */
    private static Thread pipeline(Socket raw, String rpc, int count) {
        Thread writer = new Thread(() -> {
            byte[] name = utf8(rpc);
            for (int i = 0; i < count; i++) {
                ByteBuf frame = FrameCodec.encodeRequest(UnpooledByteBufAllocator.DEFAULT, i, 1,
                        name, new byte[0], new byte[0]);
                byte[] bytes = new byte[frame.readableBytes()];
                frame.readBytes(bytes);
                frame.release();
                if (!write(raw, bytes)) {
                    return;
                }
            }
        }, "flood-writer");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    private static boolean write(Socket raw, byte[] bytes) {
        try {
            OutputStream out = raw.getOutputStream();
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static void announce(Socket raw, int length) throws IOException {
        DataOutputStream out = new DataOutputStream(raw.getOutputStream());
        out.writeInt(length);
        out.writeByte(FrameCodec.REQUEST);
        out.write(new byte[100]);
        out.flush();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(10);
        }
    }

    private static void assertClosedByPeer(Socket raw) throws Exception {
        raw.setSoTimeout(5000);
        InputStream in = raw.getInputStream();
        try {
            assertEquals(-1, in.read());
        } catch (SocketException reset) {
            // A reset is as good as an orderly close here.
        }
    }
}
