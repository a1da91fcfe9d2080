package bedrock.module.recording;

import bedrock.testkit.ExecutorPool;
import bedrock.testkit.FakeEngine;
import bedrock.testkit.TestArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.ResolvedDependency;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingModuleTest {

    private final FakeEngine engine = new FakeEngine();
    private final ExecutorPool pool = new ExecutorPool("my_pool");
    private final RecordingFactory factory = new RecordingFactory("module_a") { };

    @AfterEach
    void stopPool() {
        pool.close();
    }

    private TestArgs args(String name, Map<String, Object> config) {
        return new TestArgs(name, "module_a", config, List.of("t1", "t2"),
                Map.of("d", List.of(new ResolvedDependency("x", "pool", pool))), engine, 42, pool);
    }

    @Test
    void providerRecordsWhatItWasGivenAndReportsEmptyConfig() throws Exception {
        RecordingProvider provider = (RecordingProvider) factory.createProvider(args("p", Map.of("k", 1L)));
        assertEquals("p", provider.name());
        assertEquals("module_a", provider.type());
        assertEquals(42, provider.providerId());
        assertEquals("my_pool", provider.poolName());
        assertEquals(Map.of("k", 1L), provider.givenConfig());
        assertEquals(List.of("t1", "t2"), provider.tags());
        assertEquals(Map.of("d", List.of("x")), provider.dependencyNames());
        assertEquals(FakeEngine.ADDRESS, provider.engineAddress());
        assertEquals(Map.of(), provider.config());
        assertTrue(factory.providerDependencies(Map.of()).isEmpty());
        provider.close();
        assertTrue(provider.isClosed());
    }

    @Test
    void helloRpcAnswersUntilClosed() throws Exception {
        RecordingProvider provider = (RecordingProvider) factory.createProvider(args("p", Map.of()));
        ProviderHandle handle = engine.providerHandle(FakeEngine.ADDRESS, 42, "module_a");
        byte[] reply = handle.call("module_a_hello", "world".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello from p: world", new String(reply, StandardCharsets.UTF_8));
        provider.close();
        assertFalse(engine.isRegistered("module_a_hello", 42));
        assertThrows(ClientException.class, () -> handle.call("module_a_hello", new byte[0]));
    }

    @Test
    void clientRecordsWhatItWasGivenAndKeepsTheRawHandle() throws Exception {
        RecordingClient client = (RecordingClient) factory.createClient(args("c", Map.of("k", "v")));
        assertEquals("c", client.name());
        assertEquals("module_a", client.type());
        assertEquals(Map.of("k", "v"), client.givenConfig());
        assertEquals(List.of("t1", "t2"), client.tags());
        assertEquals(Map.of("d", List.of("x")), client.dependencyNames());
        assertEquals(Map.of(), client.config());
        ProviderHandle handle = engine.providerHandle(FakeEngine.ADDRESS, 1, "module_a");
        assertSame(handle, factory.createProviderHandle(client, handle));
        client.close();
        assertTrue(client.isClosed());
    }
}
