package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structural errors reported by fromJson/fromMap, and lenient reading of extra keys. */
class ParsingTest {

    private static BedrockException error(String json) {
        return assertThrows(BedrockException.class, () -> ProcSpec.fromJson(json));
    }

    @Test
    void notJsonOrNotAnObject() {
        BedrockException e = error("{\"margo\":");
        assertTrue(e.getMessage().startsWith("Invalid JSON text"), e.getMessage());
        assertTrue(e.path().isEmpty());
        assertEquals("", error("[1]").path().orElseThrow());
        assertEquals("", error("1234").path().orElseThrow());
        assertThrows(BedrockException.class, () -> ProcSpec.fromJson("{} {}"));
    }

    @Test
    void wrongTypesCarryPaths() {
        assertEquals("/margo", error("{\"margo\":[]}").path().orElseThrow());
        assertEquals("/abt_io", error("{\"abt_io\":{}}").path().orElseThrow());
        assertEquals("/abt_io/0/config", error("{\"abt_io\":[{\"name\":\"a\",\"config\":[]}]}").path().orElseThrow());
        assertEquals("/providers", error("{\"providers\":{}}").path().orElseThrow());
        assertEquals("/providers/0", error("{\"providers\":[12]}").path().orElseThrow());
        assertEquals("/providers/0/type", error("{\"providers\":[{\"name\":\"p\"}]}").path().orElseThrow());
        assertEquals("/providers/0/name", error("{\"providers\":[{\"type\":\"t\"}]}").path().orElseThrow());
        assertEquals("/providers/0/name", error("{\"providers\":[{\"name\":1,\"type\":\"t\"}]}").path().orElseThrow());
        assertEquals("/providers/0/provider_id",
                error("{\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"provider_id\":\"1\"}]}").path().orElseThrow());
        assertEquals("/providers/0/provider_id",
                error("{\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"provider_id\":1.5}]}").path().orElseThrow());
        assertEquals("/providers/0/config",
                error("{\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"config\":\"x\"}]}").path().orElseThrow());
        assertEquals("/providers/0/tags/1",
                error("{\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"tags\":[\"a\",2]}]}").path().orElseThrow());
        assertEquals("/clients/0/dependencies",
                error("{\"clients\":[{\"name\":\"c\",\"type\":\"t\",\"dependencies\":[]}]}").path().orElseThrow());
        assertEquals("/margo/argobots/abt_thread_stacksize",
                error("{\"margo\":{\"argobots\":{\"abt_thread_stacksize\":\"big\"}}}").path().orElseThrow());
        assertEquals("/margo/mercury/listening",
                error("{\"margo\":{\"mercury\":{\"listening\":\"yes\"}}}").path().orElseThrow());
        assertEquals("/margo/argobots/xstreams/0/affinity/1",
                error("{\"margo\":{\"argobots\":{\"xstreams\":[{\"name\":\"x\",\"affinity\":[0,\"a\"]}]}}}")
                        .path().orElseThrow());
        assertEquals("/bedrock", error("{\"bedrock\":3}").path().orElseThrow());
        BedrockException e = error("{\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"provider_id\":\"1\"}]}");
        assertEquals("Invalid value \"1\" for \"provider_id\" of provider \"p\" (expected an integer)", e.getMessage());
    }

    @Test
    void unknownKeysAreIgnored() {
        ProcSpec spec = ProcSpec.fromJson("{\"mona\":[{\"name\":\"m\"}],\"whatever\":1,"
                + "\"margo\":{\"plumber\":{\"bucket_policy\":\"package\"},\"argobots\":{\"extra\":true}},"
                + "\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"engine\":0,\"__if__\":true}]}");
        assertEquals(new ProcSpec().providers(List.of(new ProviderSpec("p", "t"))), spec);
    }

    @Test
    void singleSsgObjectIsAccepted() {
        ProcSpec spec = ProcSpec.fromJson("{\"ssg\":{\"name\":\"g\",\"bootstrap\":\"init|join\",\"group_file\":\"g.ssg\","
                + "\"swim\":{\"period_length_ms\":100}}}");
        assertEquals(SsgBootstrap.INIT_OR_JOIN, spec.ssg().get("g").bootstrap());
        assertEquals(100, spec.ssg().get("g").swim().orElseThrow().periodLengthMs());
    }

    @Test
    void fromMapAcceptsIntegersOfAnyJavaType() {
        ProviderSpec p = ProviderSpec.fromMap(Map.of("name", "p", "type", "t", "provider_id", (short) 9));
        assertEquals(9, p.providerId());
        ArgobotsSpec abt = ArgobotsSpec.fromMap(Map.of("abt_thread_stacksize", 4096));
        assertEquals(4096L, abt.toMap().get("abt_thread_stacksize"));
        assertThrows(NullPointerException.class, () -> ProcSpec.fromMap(null));
        assertThrows(BedrockException.class, () -> new ProviderSpec("p", "t").config(Map.of("x", new Object())));
    }

    @Test
    void dependencyValuesAreKeptAsRead() {
        ProcSpec spec = ProcSpec.fromJson("{\"providers\":[{\"name\":\"c1\",\"type\":\"module_c\","
                + "\"dependencies\":{\"cdep\":\"ca\",\"many\":[\"a1@local\",\"module_a:1@local\"]}}]}");
        Map<String, Object> deps = spec.providers().get("c1").dependencies();
        assertEquals("ca", deps.get("cdep"));
        assertEquals(List.of("a1@local", "module_a:1@local"), deps.get("many"));
        spec.validate();
    }
}
