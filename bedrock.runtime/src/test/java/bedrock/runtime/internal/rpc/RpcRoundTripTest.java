package bedrock.runtime.internal.rpc;

import bedrock.testkit.ExecutorPool;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.RpcEngine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class RpcRoundTripTest {

    private final List<AutoCloseable> resources = new ArrayList<>();
    private ExecutorPool pool;
    private NettyRpcEngine server;
    private NettyRpcEngine client;

    private void start(Transport transport) {
        pool = own(new ExecutorPool("srv", 2));
        server = own(NettyRpcEngine.builder().transport(transport)
                .defaultTimeout(Duration.ofSeconds(10)).build().start());
        client = own(NettyRpcEngine.builder().clientOnly().transport(transport)
                .defaultTimeout(Duration.ofSeconds(10)).build().start());
        server.register("echo", 7, pool, request -> request);
    }

    private <T extends AutoCloseable> T own(T resource) {
        resources.add(0, resource);
        return resource;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void echoesOverEachTransport(Transport transport) {
        org.junit.jupiter.api.Assumptions.assumeTrue(transport.isAvailable());
        start(transport);
        assertTrue(server.address().matches("tcp://127\\.0\\.0\\.1:\\d+"), server.address());
        ProviderHandle handle = client.providerHandle(server.address(), 7, "test");
        assertArrayEquals(utf8("hello"), handle.call("echo", utf8("hello")));
        assertArrayEquals(new byte[0], handle.call("echo", new byte[0]));
        assertEquals("test:7@" + server.address(), handle.spec());
    }

    @Test
    void answersWithTheWaitsOffAndRefusesNegativeWaits() {
        pool = own(new ExecutorPool("srv", 1));
        server = own(NettyRpcEngine.builder().responseSpin(Duration.ZERO).build().start());
        client = own(NettyRpcEngine.builder().clientOnly().callSpin(Duration.ZERO).build().start());
        server.register("echo", 7, pool, request -> request);
        ProviderHandle handle = client.providerHandle(server.address(), 7, "test");
        for (int i = 0; i < 200; i++) {
            assertArrayEquals(utf8("call " + i), handle.call("echo", utf8("call " + i)));
        }
        IllegalArgumentException call = assertThrows(IllegalArgumentException.class,
                () -> NettyRpcEngine.builder().callSpin(Duration.ofNanos(-1)));
        assertEquals("The call spin must not be negative, not PT-0.000000001S", call.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NettyRpcEngine.builder().responseSpin(null));
    }

    @Test
    void carriesOneMebibyte() {
        start(Transport.best());
        byte[] big = new byte[1 << 20];
        new Random(1).nextBytes(big);
        ProviderHandle handle = client.providerHandle(server.address(), 7, "test");
        assertArrayEquals(big, handle.call("echo", big));
    }

    @Test
    void propagatesHandlerErrorsWithTheirPath() {
        start(Transport.best());
        server.register("fail", 7, pool, request -> {
            throw new IllegalStateException("disk on fire");
        });
        server.register("bad_spec", 7, pool, request -> {
            throw new BedrockException("Pool \"p9\" does not exist", "/providers/0/pool");
        });
        ProviderHandle handle = client.providerHandle(server.address(), 7, "test");
        ClientException e = assertThrows(ClientException.class, () -> handle.call("fail", new byte[0]));
        assertEquals("disk on fire", e.getMessage());
        ClientException withPath = assertThrows(ClientException.class,
                () -> handle.call("bad_spec", new byte[0]));
        assertEquals("Pool \"p9\" does not exist", withPath.getMessage());
        assertEquals("/providers/0/pool", withPath.path().orElseThrow());
        // The connection survives errors.
        assertArrayEquals(utf8("ok"), handle.call("echo", utf8("ok")));
    }

    @Test
    void namesUnknownRpcsAndProviderIds() {
        start(Transport.best());
        ClientException noRpc = assertThrows(ClientException.class,
                () -> client.providerHandle(server.address(), 7, "t").call("nope", new byte[0]));
        assertEquals("No RPC \"nope\" registered for provider id 7 at " + server.address(),
                noRpc.getMessage());
        ClientException noId = assertThrows(ClientException.class,
                () -> client.providerHandle(server.address(), 8, "t").call("echo", new byte[0]));
        assertEquals("No RPC \"echo\" registered for provider id 8 at " + server.address(),
                noId.getMessage());
    }

    @Test
    void refusesDuplicatesAndDeregisters() {
        start(Transport.best());
        assertThrows(BedrockException.class, () -> server.register("echo", 7, pool, r -> r));
        RpcEngine.Registration other = server.register("echo", 8, pool, r -> r);
        ProviderHandle handle = client.providerHandle(server.address(), 8, "t");
        assertArrayEquals(utf8("x"), handle.call("echo", utf8("x")));
        other.close();
        other.close();
        assertThrows(ClientException.class, () -> handle.call("echo", utf8("x")));
        server.register("echo", 8, pool, r -> r).close();
    }

    @Test
    void checksCredentialsPerRegistration() {
        start(Transport.best());
        server.register("shutdown", 0, pool, r -> utf8("bye"), CredentialCheck.equalTo("s3cret"));
        String address = server.address();
        ClientException none = assertThrows(ClientException.class, () -> NettyProviderHandle.await(
                client.callAsync(address, 0, "shutdown", new byte[0], null, null)));
        assertEquals("RPC \"shutdown\" of provider id 0 requires a valid credential", none.getMessage());
        assertThrows(ClientException.class, () -> NettyProviderHandle.await(
                client.callAsync(address, 0, "shutdown", new byte[0], null, "wrong")));
        assertArrayEquals(utf8("bye"), NettyProviderHandle.await(
                client.callAsync(address, 0, "shutdown", new byte[0], null, "s3cret")));
    }

    @Test
    void servesEightThreadsOfFiveHundredCalls() throws Exception {
        start(Transport.best());
        ProviderHandle handle = client.providerHandle(server.address(), 7, "test");
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(callers.submit(() -> {
                    int correct = 0;
                    for (int i = 0; i < 500; i++) {
                        byte[] request = utf8(thread + ":" + i);
                        if (i % 2 == 0) {
                            if (java.util.Arrays.equals(request, handle.call("echo", request))) {
                                correct++;
                            }
                        } else {
                            CompletableFuture<byte[]> f = handle.callAsync("echo", request);
                            if (java.util.Arrays.equals(request, f.get(10, TimeUnit.SECONDS))) {
                                correct++;
                            }
                        }
                    }
                    return correct;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(500, result.get(50, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void shortCircuitsOwnAddressOnThePool() throws Exception {
        start(Transport.best());
        server.register("where", 3, pool, request -> utf8(String.valueOf(pool.isPoolThread())));
        ProviderHandle self = server.providerHandle(server.address(), 3, "test");
        CompletableFuture<byte[]> result = self.callAsync("where", new byte[0]);
        assertEquals("true", new String(result.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        ClientException missing = assertThrows(ClientException.class, () -> self.call("nope", new byte[0]));
        assertEquals("No RPC \"nope\" registered for provider id 3 at " + server.address(),
                missing.getMessage());
        // Also through a Mercury-style spelling of the same address.
        String mercury = server.address().replace("tcp://", "ofi+tcp://");
        assertEquals("true", new String(server.providerHandle(mercury, 3, "t").call("where", new byte[0]),
                StandardCharsets.UTF_8));
    }

    @Test
    void bindsWildcardOnlyWhenAskedAndAdvertisesLoopback() {
        pool = own(new ExecutorPool("srv", 1));
        NettyRpcEngine wild = own(NettyRpcEngine.builder().address("tcp://0.0.0.0:0").build().start());
        assertTrue(wild.address().startsWith("tcp://127.0.0.1:"), wild.address());
        wild.register("echo", 1, pool, r -> r);
        NettyRpcEngine caller = own(NettyRpcEngine.builder().clientOnly().build().start());
        assertArrayEquals(utf8("w"), caller.providerHandle(wild.address(), 1, "t").call("echo", utf8("w")));
        NettyRpcEngine mercury = own(new NettyRpcEngine("na+sm", Duration.ofSeconds(5), 1 << 20).start());
        assertTrue(mercury.address().startsWith("tcp://127.0.0.1:"), mercury.address());
    }

    @Test
    void refusesRdmaProtocolsAtStart() {
        NettyRpcEngine engine = own(NettyRpcEngine.builder().address("ofi+verbs").build());
        BedrockException e = assertThrows(BedrockException.class, engine::start);
        assertEquals("Protocol \"ofi+verbs\" is not supported (only TCP transports are available on the JVM)",
                e.getMessage());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
