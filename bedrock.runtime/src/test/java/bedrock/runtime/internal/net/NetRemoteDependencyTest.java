package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.client.Client;
import bedrock.runtime.internal.server.BedrockService;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A provider of B depending on {@code a1@<A's address>}, whichever daemon starts first. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetRemoteDependencyTest {

    private static final String SPEC_A = "{\"libraries\":[\"libModuleA.so\"],"
            + "\"providers\":[{\"name\":\"a1\",\"type\":\"module_a\",\"provider_id\":7}]}";

    private static String specB(String dependency) {
        return "{\"bedrock\":{\"dependency_resolution_timeout\":5},\"libraries\":[\"libModuleA.so\",\"libModuleC.so\"],"
                + "\"providers\":[{\"name\":\"c1\",\"type\":\"module_c\",\"provider_id\":3,"
                + "\"config\":{\"expected_provider_dependencies\":[{\"name\":\"dep\",\"type\":\"module_a\","
                + "\"is_required\":true}]},\"dependencies\":{\"dep\":\"" + dependency + "\"}}]}";
    }

    @SuppressWarnings("unchecked")
    private static Object echoedDependency(BedrockService b) {
        List<Map<String, Object>> providers = (List<Map<String, Object>>) b.config().get("providers");
        return ((Map<String, Object>) providers.get(0).get("dependencies")).get("dep");
    }

    @Test
    void aStartedFirst() {
        try (BedrockService a = NetFixtures.start(SPEC_A);
                BedrockService b = NetFixtures.start(specB("a1@" + a.address()))) {
            assertEquals("__module_a_client__->module_a:7@" + a.address(), echoedDependency(b));
        }
    }

    private static String deadAddress() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "tcp://127.0.0.1:" + probe.getLocalPort();
        }
    }

    @Test
    void bStartedFirstWaitsWhileAIsReachableButNotServing() throws Exception {
        String addressA = deadAddress();
        // A's engine is listening, its Bedrock RPCs not yet registered: B must keep asking.
        try (bedrock.runtime.internal.rpc.NettyRpcEngine engineA = bedrock.runtime.internal.rpc.NettyRpcEngine
                .builder().address(addressA).build().start();
                bedrock.testkit.ExecutorPool pool = new bedrock.testkit.ExecutorPool("a", 1)) {
            CompletableFuture<BedrockService> b = CompletableFuture.supplyAsync(
                    () -> NetFixtures.start(specB("module_a:7@" + addressA)));
            Thread.sleep(300);
            assertTrue(!b.isDone(), "B gave up while A was starting");
            engineA.register("bedrock_lookup_provider", 0, pool, request -> Wire.encode(
                    Map.of("name", "a1", "type", "module_a", "provider_id", 7)));
            try (BedrockService started = b.get(20, TimeUnit.SECONDS)) {
                assertEquals("__module_a_client__->module_a:7@" + addressA, echoedDependency(started));
            }
        }
    }

    @Test
    void aDeadPortFailsAtOnce() throws Exception {
        String addressA = deadAddress();
        long start = System.nanoTime();
        BedrockException e = assertThrows(BedrockException.class, () -> NetFixtures.start(specB("a1@" + addressA)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(e.getMessage().contains("connection refused") && e.getMessage().contains(addressA), e.getMessage());
        assertEquals("/providers/0/dependencies/dep", e.path().orElse(null));
        assertTrue(millis < 4000, "took " + millis + " ms of a 5 s timeout");
    }

    @Test
    void aPeerThatIsNotBedrockFailsAtOnce() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (java.net.Socket s = peer.accept()) {
                    s.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    s.getInputStream().read(new byte[256]);
                    Thread.sleep(10_000);
                } catch (Exception closed) {
                    // The test is over.
                }
            });
            answer.setDaemon(true);
            answer.start();
            String address = "tcp://127.0.0.1:" + peer.getLocalPort();
            long start = System.nanoTime();
            BedrockException e = assertThrows(BedrockException.class, () -> NetFixtures.start(specB("a1@" + address)));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("malformed frame") && e.getMessage().contains("Bedrock daemon"),
                    e.getMessage());
            assertTrue(millis < 4000, "took " + millis + " ms of a 5 s timeout");
            answer.interrupt();
        }
    }

    @Test
    void lookupWaitsForAProviderAddedLater() throws Exception {
        try (BedrockService a = NetFixtures.start("{\"libraries\":[\"libModuleA.so\"]}")) {
            CompletableFuture<BedrockService> b = CompletableFuture.supplyAsync(
                    () -> NetFixtures.start(specB("a1@" + a.address())));
            Thread.sleep(300);
            // The waiting lookup must not hold A's lock: this change goes through.
            try (Client client = NetFixtures.client()) {
                client.makeServiceHandle(a.address()).addProvider(Map.of("name", "a1", "type", "module_a",
                        "provider_id", 9));
            }
            try (BedrockService started = b.get(20, TimeUnit.SECONDS)) {
                assertEquals("__module_a_client__->module_a:9@" + a.address(), echoedDependency(started));
            }
        }
    }

    @Test
    void missingRemoteProviderFailsAfterTheTimeout() {
        try (BedrockService a = NetFixtures.start("{}")) {
            String spec = specB("nobody@" + a.address()).replace("\"dependency_resolution_timeout\":5",
                    "\"dependency_resolution_timeout\":0.3");
            long start = System.nanoTime();
            BedrockException e = assertThrows(BedrockException.class, () -> NetFixtures.start(spec));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("Could not find provider with spec \"nobody\""), e.getMessage());
            assertTrue(millis >= 250 && millis < 5000, "took " + millis + " ms");
        }
    }

    @Test
    void remoteTypeIsChecked() {
        try (BedrockService a = NetFixtures.start(SPEC_A.replace("libModuleA.so", "libModuleB.so")
                .replace("module_a", "module_b"))) {
            BedrockException e = assertThrows(BedrockException.class,
                    () -> NetFixtures.start(specB("a1@" + a.address())));
            assertTrue(e.getMessage().contains("module_b"), e.getMessage());
        }
    }
}
