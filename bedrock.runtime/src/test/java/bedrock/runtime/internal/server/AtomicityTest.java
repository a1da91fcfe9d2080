package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every runtime change that fails leaves the completed configuration exactly as it was. */
class AtomicityTest {

    private BedrockService server;

    @BeforeEach
    void start() {
        server = Services.start("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"}],\"xstreams\":[{\"name\":\"x\","
                + "\"scheduler\":{\"pools\":[\"p\"]}}]}},\"abt_io\":[{\"name\":\"io\",\"pool\":\"p\"}],"
                + "\"ssg\":[{\"name\":\"g\"}],\"libraries\":{\"module_a\":\"libModuleA.so\",\"module_c\":\"libModuleC.so\"},"
                + "\"clients\":[{\"name\":\"c\",\"type\":\"module_a\"}],"
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\",\"provider_id\":1,\"pool\":\"p\"},"
                + "{\"name\":\"user\",\"type\":\"module_c\",\"provider_id\":2,\"config\":{\"expected_provider_dependencies\":"
                + "[{\"name\":\"d\",\"type\":\"module_a\",\"kind\":\"provider\"}]},\"dependencies\":{\"d\":\"a\"}}]}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> failingChanges() {
        Map<String, Consumer<BedrockService>> cases = new java.util.LinkedHashMap<>();
        cases.put("add pool: not an object", s -> s.pools().create("1234"));
        cases.put("add pool: duplicate", s -> s.pools().create(Map.of("name", "p")));
        cases.put("add pool: bad access", s -> s.pools().create(Map.of("name", "q", "access", "everyone")));
        cases.put("remove pool: unknown", s -> s.pools().remove("nope"));
        cases.put("remove pool: used by an xstream and a provider", s -> s.pools().remove("p"));
        cases.put("add xstream: unknown pool", s -> s.xstreams().create(Map.of("name", "y",
                "scheduler", Map.of("pools", List.of("nope")))));
        cases.put("add xstream: bad scheduler", s -> s.xstreams().create(Map.of("name", "y",
                "scheduler", Map.of("type", "fastest", "pools", List.of("p")))));
        cases.put("remove xstream: primary", s -> s.xstreams().remove("__primary__"));
        cases.put("remove xstream: unknown", s -> s.xstreams().remove("nope"));
        cases.put("add client: unknown type", s -> s.clients().create(Map.of("name", "c2", "type", "module_z")));
        cases.put("add client: duplicate", s -> s.clients().create(Map.of("name", "c", "type", "module_a")));
        cases.put("add client: missing required dependency", s -> s.clients().create(Map.of("name", "c3",
                "type", "module_c", "config", Map.of("expected_client_dependencies",
                        List.of(Map.of("name", "d", "type", "module_a", "kind", "client", "is_required", true))))));
        cases.put("remove client: in use by a handle", s -> {
            s.providers().create(Map.of("name", "h", "type", "module_c", "config", Map.of(
                    "expected_provider_dependencies", List.of(Map.of("name", "d", "type", "module_a"))),
                    "dependencies", Map.of("d", "c->a@local")));
            try {
                s.clients().remove("c");
            } finally {
                s.providers().remove("h");
            }
        });
        cases.put("remove client: unknown", s -> s.clients().remove("nope"));
        cases.put("add provider: module fails", s -> s.providers().create(Map.of("name", "f", "type", "module_a",
                "config", Map.of("fail", true))));
        cases.put("add provider: anonymous client then dangling handle", s -> s.providers().create(Map.of(
                "name", "h2", "type", "module_c", "config", Map.of("expected_provider_dependencies",
                        List.of(Map.of("name", "d", "type", "module_c"))), "dependencies", Map.of("d", "zz@local"))));
        cases.put("remove provider: in use", s -> s.providers().remove("a"));
        cases.put("remove provider: unknown", s -> s.providers().remove("nope"));
        cases.put("change provider pool: unsupported", s -> s.providers().changePool("a", "__primary__"));
        cases.put("change provider pool: unknown pool", s -> s.providers().changePool("a", "nope"));
        cases.put("add abt_io: unknown pool", s -> s.abtIo().create(Map.of("name", "io2", "pool", "nope")));
        cases.put("add abt_io: duplicate", s -> s.abtIo().create(Map.of("name", "io")));
        cases.put("add ssg: join without a file", s -> s.ssg().create(Map.of("name", "g2", "bootstrap", "join")));
        cases.put("add ssg: duplicate", s -> s.ssg().create(Map.of("name", "g")));
        cases.put("load module: missing", s -> s.loadModule("libModuleX.so"));
        cases.put("load module: type not provided", s -> s.loadModule("module_q", "libModuleA.so"));
        cases.put("migrate: unsupported", s -> s.providers().migrate("a", s.address(), 3, Map.of(), true));
        cases.put("snapshot: unsupported", s -> s.providers().snapshot("a", "/tmp/x", Map.of(), false));
        cases.put("restore: unsupported", s -> s.providers().restore("a", "/tmp/x", Map.of()));
        cases.put("snapshot: remove_source of a provider in use", s -> s.providers().snapshot("a", "/tmp/x", Map.of(), true));
        cases.put("migrate: destination id out of range", s -> s.providers().migrate("a", s.address(), 70000, Map.of(), false));
        cases.put("unload module: still used", s -> s.unloadModule("module_c"));
        cases.put("unload module: unknown", s -> s.unloadModule("libModuleX.so"));
        cases.put("unload module: blank", s -> s.unloadModule(" "));
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @org.junit.jupiter.api.Test
    void removeSourceIsRefusedBeforeTheModuleRunsWhenOthersHoldTheProvider() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> server.providers().migrate("a", server.address(), 3, Map.of(), true));
        assertEquals("Provider \"a\" cannot be removed after the operation (remove_source): it is still used by "
                + "\"user\" (dependency \"d\")", e.getMessage());
        assertEquals("/remove_source", e.path().orElse(null));
        BedrockException unload = assertThrows(BedrockException.class, () -> server.unloadModule("module_a"));
        assertEquals("Cannot unload module \"module_a\" (bundle \"libModuleA.so\"): still used by provider \"a\""
                + " (type \"module_a\"), client \"c\" (type \"module_a\")", unload.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingChanges")
    void failedChangeLeavesTheServiceAsItWas(String name, Consumer<BedrockService> change) {
        Map<String, Object> before = server.config();
        assertThrows(BedrockException.class, () -> change.accept(server));
        assertEquals(before, server.config());
    }
}
