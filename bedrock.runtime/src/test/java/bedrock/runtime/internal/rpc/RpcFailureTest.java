package bedrock.runtime.internal.rpc;

import bedrock.testkit.ExecutorPool;
import static bedrock.runtime.internal.rpc.RpcRoundTripTest.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.api.module.ProviderHandle;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RpcFailureTest {

    private static final int SMALL_FRAME = 64 * 1024;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorPool pool;
    private NettyRpcEngine server;
    private NettyRpcEngine client;

    @BeforeEach
    void start() {
        pool = own(new ExecutorPool("srv", 4));
        server = own(NettyRpcEngine.builder().maxFrameSize(SMALL_FRAME).build().start());
        client = own(NettyRpcEngine.builder().clientOnly().defaultTimeout(Duration.ofSeconds(10))
                .build().start());
        server.register("echo", 1, pool, request -> request);
        server.register("block", 1, pool, request -> {
            release.await(30, TimeUnit.SECONDS);
            return request;
        });
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
    void timesOutWithinBoundThenRecovers() {
        ProviderHandle handle = client.providerHandle(server.address(), 1, "t");
        long start = System.nanoTime();
        ClientException e = assertThrows(ClientException.class, () -> NettyProviderHandle.await(
                handle.callAsync("block", new byte[0], Duration.ofMillis(300))));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("Request block to " + server.address() + " timed out after 300 ms", e.getMessage());
        assertTrue(elapsedMs >= 290 && elapsedMs < 2000, "took " + elapsedMs + " ms");
        release.countDown();
        assertArrayEquals(utf8("after"), handle.call("echo", utf8("after")));
    }

    @Test
    void localCallsTimeOutToo() {
        ProviderHandle self = server.providerHandle(server.address(), 1, "t");
        ClientException e = assertThrows(ClientException.class, () -> NettyProviderHandle.await(
                self.callAsync("block", new byte[0], Duration.ofMillis(200))));
        assertEquals("Request block to " + server.address() + " timed out after 200 ms", e.getMessage());
    }

    @Test
    void closingTheEngineFailsPendingLocalCalls() throws Exception {
        CompletableFuture<byte[]> pending = server.providerHandle(server.address(), 1, "t")
                .callAsync("block", new byte[0], Duration.ofSeconds(30));
        server.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
        assertEquals("RPC engine closed while request block to " + server.address() + " was pending",
                e.getCause().getMessage());
    }

    @Test
    void refusedConnectionFailsFast() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String address = "tcp://127.0.0.1:" + port;
        long start = System.nanoTime();
        ClientException e = assertThrows(ClientException.class,
                () -> client.providerHandle(address, 1, "t").call("echo", new byte[0]));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("Could not reach " + address + ": connection refused", e.getMessage());
        assertTrue(elapsedMs < 2000, "took " + elapsedMs + " ms");
    }

    @Test
    void serverClosingMidCallFailsPendingCallsFast() throws Exception {
        ProviderHandle handle = client.providerHandle(server.address(), 1, "t");
        handle.call("echo", new byte[0]);
        CompletableFuture<byte[]> pending = handle.callAsync("block", new byte[0], Duration.ofSeconds(30));
        Thread.sleep(100);
        long start = System.nanoTime();
        server.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getCause() instanceof ClientException, e.toString());
        assertEquals("Connection to " + server.address() + " closed while request block was pending",
                e.getCause().getMessage());
        assertTrue(elapsedMs < 4000, "took " + elapsedMs + " ms");
    }

    @Test
    void reconnectsAfterTheServerComesBack() {
        String address = server.address();
        ProviderHandle handle = client.providerHandle(address, 1, "t");
        handle.call("echo", new byte[0]);
        server.close();
        ClientException down = assertThrows(ClientException.class, () -> handle.call("echo", new byte[0]));
        // Either the close was seen before the call ("Could not reach") or just after it was sent.
        assertTrue(down.getMessage().contains(address), down.getMessage());
        NettyRpcEngine again = own(NettyRpcEngine.builder().address(address).build().start());
        assertEquals(address, again.address());
        again.register("echo", 1, pool, request -> request);
        assertArrayEquals(utf8("back"), handle.call("echo", utf8("back")));
    }

    @Test
    void garbageClosesOnlyThatConnection() throws Exception {
        ProviderHandle handle = client.providerHandle(server.address(), 1, "t");
        assertArrayEquals(utf8("a"), handle.call("echo", utf8("a")));
        Endpoint endpoint = Addresses.parse(server.address());
        try (Socket raw = new Socket(endpoint.host(), endpoint.port())) {
            raw.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertClosedByPeer(raw);
        }
        try (Socket raw = new Socket(endpoint.host(), endpoint.port())) {
            // A plausible length with a body that lies about its name length.
            DataOutputStream out = new DataOutputStream(raw.getOutputStream());
            out.writeInt(30);
            out.writeByte(FrameCodec.REQUEST);
            out.writeLong(1);
            out.writeShort(1);
            out.writeShort(1000);
            out.write(new byte[17]);
            out.flush();
            assertClosedByPeer(raw);
        }
        assertArrayEquals(utf8("b"), handle.call("echo", utf8("b")));
    }

    @Test
    void oversizedFrameClosesOnlyThatConnection() throws Exception {
        Endpoint endpoint = Addresses.parse(server.address());
        try (Socket raw = new Socket(endpoint.host(), endpoint.port())) {
            DataOutputStream out = new DataOutputStream(raw.getOutputStream());
            out.writeInt(SMALL_FRAME + 1);
            out.write(new byte[1024]);
            out.flush();
            assertClosedByPeer(raw);
        }
        // A client allowed bigger frames than the server: its connection is dropped, the call
        // fails, and the next call reconnects.
        ProviderHandle handle = client.providerHandle(server.address(), 1, "t");
        ClientException e = assertThrows(ClientException.class,
                () -> handle.call("echo", new byte[SMALL_FRAME * 2]));
        assertTrue(e.getMessage().contains(server.address()), e.getMessage());
        assertArrayEquals(utf8("c"), handle.call("echo", utf8("c")));
    }

    @Test
    void refusesTooLargeRequestsAndResponsesWithoutDroppingTheConnection() {
        NettyRpcEngine small = own(NettyRpcEngine.builder().clientOnly().maxFrameSize(SMALL_FRAME)
                .build().start());
        ClientException request = assertThrows(ClientException.class, () -> small
                .providerHandle(server.address(), 1, "t").call("echo", new byte[SMALL_FRAME]));
        assertTrue(request.getMessage().startsWith("Request echo to " + server.address() + " is "),
                request.getMessage());
        server.register("big", 1, pool, r -> new byte[SMALL_FRAME * 2]);
        ProviderHandle handle = client.providerHandle(server.address(), 1, "t");
        ClientException response = assertThrows(ClientException.class, () -> handle.call("big", new byte[0]));
        assertEquals("Response of " + SMALL_FRAME * 2 + " bytes exceeds the maximum frame size of "
                + SMALL_FRAME + " bytes", response.getMessage());
        assertArrayEquals(utf8("d"), handle.call("echo", utf8("d")));
    }

    @Test
    void refusesCallsToBadAddressesAndAfterClose() {
        ClientException rdma = assertThrows(ClientException.class,
                () -> client.providerHandle("ofi+cxi://x:1", 1, "t").call("echo", new byte[0]));
        assertTrue(rdma.getMessage().startsWith("Protocol \"ofi+cxi\" is not supported"));
        assertThrows(ClientException.class,
                () -> client.providerHandle("tcp", 1, "t").call("echo", new byte[0]));
        assertThrows(IllegalStateException.class, client::address);
        client.close();
        ClientException closed = assertThrows(ClientException.class,
                () -> client.providerHandle(server.address(), 1, "t").call("echo", new byte[0]));
        assertEquals("RPC engine is closed", closed.getMessage());
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
