package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upstream's test_dependencies.py: each case adds module C's provider declaring one dependency
 * and checks that the service grows from 2 to 3 providers, or refuses and stays at 2.
 */
class DependenciesTest {

    private BedrockService server;

    @BeforeEach
    void start() {
        server = Services.start("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"my_pool\"}],\"xstreams\":[{\"name\":"
                + "\"my_xstream\",\"scheduler\":{\"pools\":[\"my_pool\"]}}]}},\"abt_io\":[{\"name\":\"my_io\"}],"
                + "\"ssg\":[{\"name\":\"my_group\"}],"
                + "\"libraries\":{\"module_a\":\"libModuleA.so\",\"module_b\":\"libModuleB.so\",\"module_c\":\"libModuleC.so\"},"
                + "\"clients\":[{\"name\":\"my_client_a\",\"type\":\"module_a\"}],"
                + "\"providers\":[{\"name\":\"my_provider_a\",\"type\":\"module_a\",\"provider_id\":1},"
                + "{\"name\":\"my_provider_b\",\"type\":\"module_b\",\"provider_id\":2}]}");
        assertEquals(2, server.providers().size());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void ok(Map<String, Object> declared, Object value) {
        server.providers().create(providerC(declared, value));
        assertEquals(3, server.providers().size());
    }

    private void fails(Map<String, Object> declared, Object value) {
        Map<String, Object> before = server.config();
        BedrockException e = assertThrows(BedrockException.class, () -> server.providers().create(providerC(declared, value)));
        assertEquals(2, server.providers().size(), e.getMessage());
        assertEquals(before, server.config());
    }

    private static Map<String, Object> providerC(Map<String, Object> declared, Object value) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "my_provider_C");
        spec.put("type", "module_c");
        spec.put("provider_id", 3);
        spec.put("config", Map.of("expected_provider_dependencies", declared == null ? List.of() : List.of(declared)));
        if (value != null) {
            spec.put("dependencies", Map.of("dep1", value));
        }
        return spec;
    }

    private static Map<String, Object> dep(String type, String kind, boolean required) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "dep1");
        d.put("type", type);
        d.put("is_required", required);
        if (kind != null) {
            d.put("kind", kind);
        }
        return d;
    }

    @Test
    void noDependency() {
        ok(null, null);
    }

    @Test
    void optionalDependencyNotGiven() {
        ok(dep("module_a", null, false), null);
    }

    @Test
    void requiredProviderHandle() {
        fails(dep("module_a", null, true), null);
        ok(dep("module_a", null, true), "my_provider_a@local");
    }

    @Test
    void pools() {
        fails(dep("pool", null, true), null);
        fails(dep("pool", null, true), "my_pool_bad");
        fails(dep("pool", null, true), 123);
        ok(dep("pool", null, true), "my_pool");
    }

    @Test
    void poolByIndex() {
        ok(dep("pool", null, true), 1);
        assertEquals("__primary__", ((Map<?, ?>) server.providers().config().get(2).get("dependencies")).get("dep1"));
    }

    @Test
    void xstreams() {
        fails(dep("xstream", null, true), "my_xstream_bad");
        fails(dep("xstream", null, true), 123);
        ok(dep("xstream", null, true), "my_xstream");
    }

    @Test
    void xstreamByIndex() {
        ok(dep("xstream", null, true), 1);
    }

    @Test
    void abtIoAndSsg() {
        fails(dep("abt_io", null, true), "nope");
        ok(dep("abt_io", null, true), "my_io");
        server.providers().remove("my_provider_C");
        fails(dep("ssg", null, true), "nope");
        ok(dep("ssg", null, true), "my_group");
    }

    @Test
    void localProviderInstance() {
        fails(dep("module_a", "provider", true), null);
        fails(dep("module_a", "provider", true), "my_provider_a_bad");
        ok(dep("module_a", "provider", true), "my_provider_a");
    }

    @Test
    void localProviderById() {
        fails(dep("module_a", "provider", true), "module_a:999");
        fails(dep("module_a", "provider", true), "module_b:2");
        ok(dep("module_a", "provider", true), "module_a:1");
    }

    @Test
    void handleByAddress() {
        fails(dep("module_a", "provider_handle", true), "module_a:999@" + server.address());
        fails(dep("module_a", "provider_handle", true), "module_b:1@" + server.address());
        ok(dep("module_a", "provider_handle", true), "module_a:1@" + server.address());
        assertEquals("my_client_a->module_a:1@" + server.address(),
                ((Map<?, ?>) server.providers().config().get(2).get("dependencies")).get("dep1"));
    }

    @Test
    void handleThroughSsgRank() {
        fails(dep("module_a", "provider_handle", true), "module_a:1@ssg://wrong_group/0");
        fails(dep("module_a", "provider_handle", true), "module_a:1@ssg://my_group/123");
        ok(dep("module_a", "provider_handle", true), "module_a:1@ssg://my_group/0");
    }

    @Test
    void clients() {
        fails(dep("module_a", "client", true), "nobody");
        fails(dep("module_b", "client", true), "my_client_a");
        ok(dep("module_a", "client", true), "my_client_a");
    }

    @Test
    void anonymousClientIsCreatedThenDroppedOnFailure() {
        fails(Map.of("name", "dep1", "type", "module_b", "kind", "provider_handle", "is_required", true),
                "nobody@local");
        assertEquals(1, server.clients().size());
        ok(dep("module_b", "provider_handle", true), "my_provider_b@local");
        assertEquals(List.of("my_client_a", "__module_b_client__"),
                server.clients().list().stream().map(c -> c.name()).toList());
    }

    @Test
    void providerInUseCannotBeRemoved() {
        ok(dep("module_a", "provider", true), "my_provider_a");
        BedrockException e = assertThrows(BedrockException.class, () -> server.providers().remove("my_provider_a"));
        assertEquals(3, server.providers().size(), e.getMessage());
        server.providers().remove("my_provider_C");
        server.providers().remove("my_provider_a");
        assertEquals(1, server.providers().size());
    }

    @Test
    void pinnedPoolAndXstreamCannotBeRemoved() {
        server.pools().create(Map.of("name", "extra"));
        server.providers().create(providerC(dep("pool", null, true), "extra"));
        assertThrows(BedrockException.class, () -> server.pools().remove("extra"));
        server.providers().remove("my_provider_C");
        server.pools().remove("extra");
    }
}
