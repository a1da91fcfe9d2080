package bedrock.runtime.internal.net;

import static bedrock.runtime.internal.net.NetFixtures.hasNamed;
import static bedrock.runtime.internal.net.NetFixtures.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import bedrock.runtime.internal.server.BedrockService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Upstream's tests/Client.cpp: a service changed through a {@link ServiceHandle}, sync and async. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetClientTest {

    private BedrockService server;
    private Client client;
    private ServiceHandle handle;

    @BeforeEach
    void start() {
        server = NetFixtures.start("{}");
        client = NetFixtures.client();
        handle = client.makeServiceHandle(server.address(), 0);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private List<Map<String, Object>> pools() {
        return list(handle.config(), "margo", "argobots", "pools");
    }

    private List<Map<String, Object>> xstreams() {
        return list(handle.config(), "margo", "argobots", "xstreams");
    }

    @SuppressWarnings("unchecked")
    private List<String> libraries() {
        Object libraries = handle.config().get("libraries");
        return libraries instanceof List ? (List<String>) libraries
                : List.copyOf(((Map<String, String>) libraries).values());
    }

    /** The failure of an async call, as the future's cause. */
    private static ClientException asyncFailure(java.util.concurrent.CompletableFuture<?> future) {
        CompletionException e = assertThrows(CompletionException.class, future::join);
        return assertInstanceOf(ClientException.class, e.getCause());
    }

    @Test
    void optionalProviderOperationsFailClearlyAndChangeNothing() {
        handle.loadModule("libModuleA.so");
        handle.addProvider(Map.of("name", "a", "type", "module_a", "provider_id", 5));
        Map<String, Object> before = handle.config();
        ClientException migrate = assertThrows(ClientException.class,
                () -> handle.migrateProvider("a", server.address(), 6, Map.of(), true));
        assertEquals("Migration not supported by provider type \"module_a\" (provider \"a\", to provider 6 at \""
                + server.address() + "\")", migrate.getMessage());
        assertEquals("/providers/0", migrate.path().orElse(null));
        ClientException snapshot = assertThrows(ClientException.class,
                () -> handle.snapshotProvider("a", "/tmp/snap", Map.of(), false));
        assertEquals("Snapshot not supported by provider type \"module_a\" (provider \"a\", to \"/tmp/snap\")",
                snapshot.getMessage());
        ClientException restore = asyncFailure(handle.restoreProviderAsync("module_a:5", "/tmp/snap", Map.of()));
        assertEquals("Restore not supported by provider type \"module_a\" (provider \"a\", from \"/tmp/snap\")",
                restore.getMessage());
        ClientException nobody = assertThrows(ClientException.class,
                () -> handle.restoreProvider("nobody", "/tmp/snap", Map.of()));
        assertEquals("Provider with spec \"nobody\" not found", nobody.getMessage());
        ClientException self = assertThrows(ClientException.class,
                () -> handle.migrateProvider("a", server.address(), 5, Map.of(), false));
        assertTrue(self.getMessage().endsWith("is the provider itself"), self.getMessage());
        ClientException range = assertThrows(ClientException.class,
                () -> handle.migrateProvider("a", server.address(), 70000, Map.of(), false));
        assertEquals("/dest_provider_id", range.path().orElse(null), range.getMessage());
        assertEquals(before, handle.config());
    }

    @Test
    void unloadIsRefusedWhileAClientOfTheModuleIsLeftThenLibrariesFollow() {
        handle.loadModule("libModuleA.so");
        handle.addClient(Map.of("name", "c", "type", "module_a"));
        Map<String, Object> before = handle.config();
        ClientException busy = assertThrows(ClientException.class, () -> handle.unloadModule("module_a"));
        assertEquals("Cannot unload module \"module_a\" (bundle \"libModuleA.so\"): still used by client \"c\""
                + " (type \"module_a\")", busy.getMessage());
        assertEquals(before, handle.config());
        ClientException unknown = assertThrows(ClientException.class, () -> handle.unloadModule("nothing.so"));
        assertEquals("No module bundle named or located \"nothing.so\" was loaded by this service (loaded: "
                + "libModuleA.so)", unknown.getMessage());
        handle.removeClient("c");
        handle.unloadModule("libModuleA.so");
        assertEquals(List.of(), libraries());
        ClientException gone = assertThrows(ClientException.class,
                () -> handle.addProvider(Map.of("name", "a", "type", "module_a")));
        assertTrue(gone.getMessage().contains("module_a"), gone.getMessage());
    }

    @Test
    void addAndRemovePools() {
        handle.addPool(Map.of("name", "my_pool1", "kind", "fifo_wait", "access", "mpmc"));
        assertTrue(hasNamed(pools(), "my_pool1"));
        handle.removePool("my_pool1");
        assertFalse(hasNamed(pools(), "my_pool1"));

        handle.addPoolAsync(Map.of("name", "my_pool2", "kind", "fifo_wait", "access", "mpmc")).join();
        assertTrue(hasNamed(pools(), "my_pool2"));
        handle.removePoolAsync("my_pool2").join();
        assertFalse(hasNamed(pools(), "my_pool2"));

        assertThrows(ClientException.class, () -> handle.addPool("1234"));
        asyncFailure(handle.addPoolAsync("1234"));
        assertThrows(ClientException.class, () -> handle.removePool("something"));
        asyncFailure(handle.removePoolAsync("something"));
    }

    @Test
    void addAndRemoveXstreams() {
        Map<String, Object> es1 = Map.of("name", "my_es1",
                "scheduler", Map.of("pools", List.of(0), "type", "basic_wait"));
        handle.addXstream(es1);
        assertTrue(hasNamed(xstreams(), "my_es1"));
        handle.removeXstream("my_es1");
        assertFalse(hasNamed(xstreams(), "my_es1"));

        handle.addXstreamAsync(Map.of("name", "my_es2",
                "scheduler", Map.of("pools", List.of(0), "type", "basic_wait"))).join();
        assertTrue(hasNamed(xstreams(), "my_es2"));
        handle.removeXstreamAsync("my_es2").join();
        assertFalse(hasNamed(xstreams(), "my_es2"));

        assertThrows(ClientException.class, () -> handle.addXstream("1234"));
        asyncFailure(handle.addXstreamAsync("1234"));
        assertThrows(ClientException.class, () -> handle.removeXstream("something"));
        asyncFailure(handle.removeXstreamAsync("something"));
    }

    @Test
    void loadModules() {
        assertFalse(libraries().contains("./libModuleA.so"));
        assertFalse(libraries().contains("./libModuleB.so"));
        handle.loadModule("./libModuleA.so");
        assertTrue(libraries().contains("./libModuleA.so"));
        handle.loadModuleAsync("./libModuleB.so").join();
        assertTrue(libraries().contains("./libModuleB.so"));
        ClientException e = assertThrows(ClientException.class, () -> handle.loadModule("./libModuleX.so"));
        assertTrue(e.getMessage().contains("libModuleX.so"), e.getMessage());
    }

    @Test
    void addProviders() {
        handle.loadModule("./libModuleA.so");
        assertEquals(123, handle.addProvider(Map.of("name", "my_provider_a1", "type", "module_a",
                "provider_id", 123)));
        assertTrue(hasNamed(list(handle.config(), "providers"), "my_provider_a1"));

        int id = handle.addProviderAsync(Map.of("name", "my_provider_a2", "type", "module_a",
                "provider_id", 34, "pool", "__primary__", "dependencies", Map.of(), "tags", List.of())).join();
        assertEquals(34, id);
        assertTrue(hasNamed(list(handle.config(), "providers"), "my_provider_a2"));

        assertEquals(1, handle.addProvider(Map.of("name", "my_provider_a3", "type", "module_a",
                "provider_id", 65535)));
        assertEquals(2, handle.addProvider(Map.of("name", "my_provider_a4", "type", "module_a",
                "provider_id", 65535)));

        assertThrows(ClientException.class, () -> handle.addProvider(Map.of("name", "my_provider_x1",
                "type", "module_x", "provider_id", 5)));
        asyncFailure(handle.addProviderAsync(Map.of("name", "my_provider_x2", "type", "module_x",
                "provider_id", 6)));
        assertEquals(4, list(handle.config(), "providers").size());
    }

    @Test
    void errorsCarryTheServersJsonPath() {
        handle.loadModule("./libModuleA.so");
        ClientException e = assertThrows(ClientException.class, () -> handle.addProvider(Map.of(
                "name", "p", "type", "module_a", "pool", "no_such_pool")));
        assertEquals("/pool", e.path().orElse(null), e.toString());
        assertTrue(e.getMessage().contains("no_such_pool"), e.getMessage());
        assertTrue(list(handle.config(), "providers").isEmpty());
    }

    @Test
    void removesProvidersAndClients() {
        handle.loadModule("./libModuleA.so");
        handle.addProvider(Map.of("name", "p1", "type", "module_a", "provider_id", 7));
        handle.addClient(Map.of("name", "c1", "type", "module_a"));
        assertTrue(hasNamed(list(handle.config(), "clients"), "c1"));
        handle.removeClient("c1");
        assertFalse(hasNamed(list(handle.config(), "clients"), "c1"));
        handle.removeProviderAsync("p1").join();
        assertTrue(list(handle.config(), "providers").isEmpty());
        assertThrows(ClientException.class, () -> handle.removeProvider("p1"));
    }

    @Test
    void changesAreVisibleToTheServerItself() {
        handle.addPool(Map.of("name", "seen", "kind", "fifo", "access", "mpmc"));
        assertTrue(server.pools().contains("seen"));
        server.pools().create(Map.of("name", "local", "kind", "fifo", "access", "mpmc"));
        assertTrue(hasNamed(pools(), "local"));
    }

    @Test
    void aStoppedServiceFailsQuicklyNamingItsAddress() {
        String address = server.address();
        server.close();
        long start = System.nanoTime();
        ClientException e = assertThrows(ClientException.class, handle::config);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(e.getMessage().contains(address), e.getMessage());
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    @Test
    void shutdownAnswersThenStopsTheService() throws InterruptedException {
        handle.shutdown();
        Thread waiter = new Thread(() -> {
            try {
                server.awaitShutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(10_000);
        assertFalse(server.isRunning());
        assertThrows(ClientException.class, handle::config);
    }

    @Test
    void shutdownAtProviderIdZeroStopsADaemonWhoseBedrockIdIsNot() throws InterruptedException {
        // upstream's bedrock-shutdown uses Margo's remote shutdown, which ignores Bedrock's id
        BedrockService other = NetFixtures.start("{\"bedrock\":{\"provider_id\":7}}");
        try {
            ServiceHandle atZero = client.makeServiceHandle(other.address(), 0);
            assertThrows(ClientException.class, atZero::config, "only shutdown is served at 0");
            atZero.shutdown();
            Thread waiter = new Thread(() -> {
                try {
                    other.awaitShutdown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.start();
            waiter.join(10_000);
            assertFalse(other.isRunning());
        } finally {
            other.close();
        }
    }
}
