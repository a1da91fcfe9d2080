package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.QueryResult;
import bedrock.api.spec.ArgobotsSpec;
import bedrock.api.spec.PoolSpec;
import bedrock.api.spec.ProcSpec;
import bedrock.api.spec.ProviderSpec;
import bedrock.api.spec.XstreamSpec;
import bedrock.runtime.internal.server.BedrockService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Upstream's python test_service_handle.py. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetServiceHandleTest {

    private static final Map<String, Object> POOL = Map.of("name", "my_pool", "kind", "fifo_wait", "access", "mpmc");
    private static final Map<String, Object> XSTREAM = Map.of("name", "my_xstream",
            "scheduler", Map.of("type", "basic_wait", "pools", List.of("my_pool")));
    private static final Map<String, Object> PROVIDER = Map.of("name", "my_provider", "type", "module_a",
            "provider_id", 42, "tags", List.of("my_tag_1", "my_tag_2"));

    private BedrockService server;
    private Client client;
    private ServiceHandle sh;

    @BeforeEach
    void start() {
        server = NetFixtures.start("{\"libraries\":[\"./libModuleA.so\"]}");
        client = Client.create();
        sh = client.makeServiceHandle(server.address());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void handleKnowsItsClientAddressAndProviderId() {
        assertSame(client, sh.client());
        assertEquals(server.address(), sh.address());
        assertEquals(0, sh.providerId());
        assertInstanceOf(NetClient.class, client);
    }

    @Test
    void configAndSpec() {
        Map<String, Object> config = sh.config();
        assertTrue(config.keySet().containsAll(List.of("margo", "providers", "bedrock")), config.keySet().toString());
        assertEquals(server.config(), config);
        assertInstanceOf(ProcSpec.class, sh.spec());
    }

    @Test
    @SuppressWarnings("unchecked")
    void queryReturnsArgobotsAsAMap() {
        QueryResult result = sh.query("return $__config__.margo.argobots;");
        Map<String, Object> argobots = assertInstanceOf(Map.class, result.value());
        ArgobotsSpec.fromMap(argobots);
        assertEquals(List.of(), result.warnings());
        assertEquals(server.query("return $__config__.margo.argobots;").json(), result.json());
    }

    @Test
    void loadModules() {
        sh.loadModule("./libModuleA.so");
        sh.loadModule("./libModuleB.so");
        assertThrows(ClientException.class, () -> sh.loadModule("./libModuleX.so"));
    }

    private void addPoolFrom(Object spec) {
        int before = server.pools().size();
        sh.addPool(spec);
        assertEquals(before + 1, server.pools().size());
        assertThrows(ClientException.class, () -> sh.addPool(spec));
        assertEquals(before + 1, server.pools().size());
        sh.removePool("my_pool");
        assertEquals(before, server.pools().size());
        assertThrows(BedrockException.class, () -> server.pools().get("my_pool"));
    }

    @Test
    void addPoolFromDictStringAndSpec() {
        addPoolFrom(POOL);
        addPoolFrom(bedrock.api.json.Json.write(POOL));
        addPoolFrom(PoolSpec.fromMap(POOL));
    }

    private void addXstreamFrom(Object spec) {
        int before = server.xstreams().size();
        sh.addXstream(spec);
        assertEquals(before + 1, server.xstreams().size());
        assertThrows(ClientException.class, () -> sh.addXstream(spec));
        sh.removeXstream("my_xstream");
        assertEquals(before, server.xstreams().size());
    }

    @Test
    void addXstreamFromDictStringAndSpec() {
        sh.addPool(POOL);
        addXstreamFrom(XSTREAM);
        addXstreamFrom(bedrock.api.json.Json.write(XSTREAM));
        addXstreamFrom(XstreamSpec.fromMap(XSTREAM));
    }

    @Test
    void addProviderFromDictStringAndSpec() {
        for (Object spec : List.of(PROVIDER, bedrock.api.json.Json.write(PROVIDER), ProviderSpec.fromMap(PROVIDER))) {
            assertEquals(42, sh.addProvider(spec));
            assertEquals(List.of("my_tag_1", "my_tag_2"), server.spec().providers().get("my_provider").tags());
            assertThrows(ClientException.class, () -> sh.addProvider(spec));
            sh.removeProvider("my_provider");
            assertEquals(0, server.providers().size());
        }
    }
}
