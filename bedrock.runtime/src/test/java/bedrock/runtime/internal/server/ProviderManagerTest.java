package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.server.ProviderRef;
import bedrock.api.spec.ProviderSpec;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upstream's test_provider_manager.py, plus removal and pool changes. */
class ProviderManagerTest {

    private BedrockService server;

    @BeforeEach
    void start() {
        server = Services.start("{\"libraries\":{\"module_a\":\"libModuleA.so\",\"module_b\":\"libModuleB.so\"},"
                + "\"providers\":[{\"name\":\"my_provider_A\",\"type\":\"module_a\",\"provider_id\":1},"
                + "{\"name\":\"my_providerB\",\"type\":\"module_b\",\"provider_id\":2,\"__if__\":\"false\"}]}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void lookups() {
        assertEquals(1, server.providers().size());
        assertTrue(server.providers().contains("my_provider_A"));
        assertEquals(server.providers().get(0), server.providers().get("my_provider_A"));
        assertEquals(new ProviderRef("my_provider_A", "module_a", 1, "__primary__"), server.providers().get(0));
        assertThrows(BedrockException.class, () -> server.providers().get(1));
        assertThrows(BedrockException.class, () -> server.providers().get("bla"));
        assertEquals("my_provider_A", server.providers().lookup("module_a:1").name());
        assertThrows(BedrockException.class, () -> server.providers().lookup("module_a:2"));
    }

    @Test
    void configEntries() {
        assertEquals(1, server.providers().config().size());
        assertEquals(Set.of("name", "config", "provider_id", "dependencies", "tags", "type", "pool"),
                server.providers().config().get(0).keySet());
        assertEquals(1, server.spec().providers().size());
    }

    @Test
    void createAndRemove() {
        server.providers().create(Map.of("name", "my_provider_B", "provider_id", 2, "type", "module_b"));
        assertEquals(2, server.providers().size());
        assertEquals(server.providers().get(1), server.providers().get("my_provider_B"));
        server.providers().remove("my_provider_B");
        assertEquals(1, server.providers().size());
        assertThrows(BedrockException.class, () -> server.providers().get(1));
        assertThrows(BedrockException.class, () -> server.providers().get("my_provider_B"));
    }

    @Test
    void createFromSpecModelAndAutomaticIds() {
        ProviderSpec spec = new ProviderSpec("auto1", "module_a");
        assertEquals(2, server.providers().create(spec).providerId());
        assertEquals(3, server.providers().create(Map.of("name", "auto2", "type", "module_a",
                "provider_id", 65535)).providerId());
        assertEquals(123, server.providers().create("{\"name\":\"fixed\",\"type\":\"module_a\","
                + "\"provider_id\":123}").providerId());
    }

    @Test
    void badProvidersChangeNothing() {
        Map<String, Object> before = server.config();
        assertThrows(BedrockException.class, () -> server.providers().create(Map.of("name", "x", "type", "module_x")));
        assertThrows(BedrockException.class, () -> server.providers().create(Map.of("name", "my_provider_A",
                "type", "module_a")));
        assertThrows(BedrockException.class, () -> server.providers().create(Map.of("name", "x", "type", "module_a",
                "provider_id", 1)));
        assertThrows(BedrockException.class, () -> server.providers().create(Map.of("name", "x", "type", "module_a",
                "provider_id", 0)));
        BedrockException badPool = assertThrows(BedrockException.class, () -> server.providers().create(
                Map.of("name", "x", "type", "module_a", "pool", "nope")));
        assertEquals("/pool", badPool.path().orElse(null));
        assertThrows(BedrockException.class, () -> server.providers().create(Map.of("name", "x", "type", "module_a",
                "config", Map.of("fail", true))));
        assertThrows(BedrockException.class, () -> server.providers().remove("nobody"));
        assertEquals(before, server.config());
    }

    @Test
    void changePoolOfAProviderWithoutSupportFailsClearly() {
        server.pools().create(Map.of("name", "other"));
        BedrockException e = assertThrows(BedrockException.class,
                () -> server.providers().changePool("my_provider_A", "other"));
        assertTrue(e.getMessage().contains("Changing pool not supported"), e.getMessage());
        assertEquals("__primary__", server.providers().get("my_provider_A").pool());
        server.pools().remove("other");
    }

    @Test
    void poolOfAProviderCannotBeRemoved() {
        server.pools().create(Map.of("name", "busy"));
        server.providers().create(Map.of("name", "on_busy", "type", "module_a", "pool", "busy"));
        assertThrows(BedrockException.class, () -> server.pools().remove("busy"));
        server.providers().remove("on_busy");
        server.pools().remove("busy");
        assertTrue(!server.pools().contains("busy"));
    }
}
