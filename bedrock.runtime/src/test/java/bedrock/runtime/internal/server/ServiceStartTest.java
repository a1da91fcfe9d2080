package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.server.SpecOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Start-up of whole services: upstream's valid configs with modules, and the runtime-only invalid ones. */
class ServiceStartTest {

    static Stream<Arguments> validWithModules() throws IOException {
        return cases("/server/valid-service-specs.json");
    }

    static Stream<Arguments> runtimeInvalid() throws IOException {
        return Stream.concat(cases("/spec/runtime-invalid-specs.json"), cases("/server/invalid-service-specs.json"));
    }

    @SuppressWarnings("unchecked")
    private static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = ServiceStartTest.class.getResourceAsStream(resource)) {
            List<Map<String, Object>> list = (List<Map<String, Object>>) Json.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return list.stream().map(c -> Arguments.of(c.get("test"), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validWithModules")
    @SuppressWarnings("unchecked")
    void completedConfigMatches(String name, Map<String, Object> c) {
        try (BedrockService service = Services.start((Map<String, Object>) c.get("input"))) {
            String expected = Json.write(c.get("output")).replace("<addr>", service.address());
            assertEquals(Json.parse(expected), Json.parse(Json.write(Services.cleaned(service))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimeInvalid")
    @SuppressWarnings("unchecked")
    void invalidSpecFailsWithItsPath(String name, Map<String, Object> c) {
        int before = Thread.activeCount();
        BedrockException e = assertThrows(BedrockException.class,
                () -> Services.start((Map<String, Object>) c.get("input")).close());
        assertTrue(e.getMessage().contains((String) c.get("error")), () -> "message: " + e.getMessage());
        if (c.containsKey("path")) {
            assertEquals(c.get("path"), e.path().orElse(null), () -> "message: " + e.getMessage());
        }
    }

    @Test
    void failedStartLeavesNoThreadRunning() throws InterruptedException {
        String spec = "{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"}],\"xstreams\":[{\"name\":\"x\","
                + "\"scheduler\":{\"pools\":[\"p\"]}}]}},\"libraries\":{\"module_a\":\"libModuleA.so\"},"
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\",\"pool\":\"p\"},"
                + "{\"name\":\"b\",\"type\":\"module_a\",\"config\":{\"fail\":true}}]}";
        TestModules.EVENTS.clear();
        assertThrows(BedrockException.class, () -> Services.start(spec));
        assertEquals(List.of("+provider:a", "-provider:a"), TestModules.EVENTS);
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().contains("bedrock-xstream-x") && t.isAlive()), "xstream x stopped");
    }

    @Test
    void closeStopsProvidersInReverseOrderThenClients() {
        String spec = "{\"libraries\":{\"module_a\":\"libModuleA.so\"},\"clients\":[{\"name\":\"c1\",\"type\":\"module_a\"},"
                + "{\"name\":\"c2\",\"type\":\"module_a\"}],\"providers\":[{\"name\":\"p1\",\"type\":\"module_a\"},"
                + "{\"name\":\"p2\",\"type\":\"module_a\"}]}";
        TestModules.EVENTS.clear();
        Services.start(spec).close();
        assertEquals(List.of("+client:c1", "+client:c2", "+provider:p1", "+provider:p2",
                "-provider:p2", "-provider:p1", "-client:c2", "-client:c1"), TestModules.EVENTS);
    }

    @Test
    void jx9SpecWithParameters() {
        String script = "$pools = []; for ($i = 0; $i < $num_extra_pools; $i++) {"
                + " $pools[] = { name: sprintf(\"extra_pool_%d\", $i), kind: \"fifo_wait\", access: \"mpmc\" }; }"
                + " return { margo: { argobots: { pools: $pools } } };";
        try (BedrockService service = BedrockService.start("tcp", script,
                SpecOptions.jx9(Map.of("num_extra_pools", "3")), TestModules.setup())) {
            assertEquals(4, service.pools().size());
            assertEquals("extra_pool_2", service.pools().get(2).name());
        }
    }

    @Test
    void initJx9WrapperGivesTheSameConfig() {
        String input = "{\"libraries\":{\"module_a\":\"libModuleA.so\"},\"providers\":[{\"name\":\"my_provider\","
                + "\"provider_id\":123,\"tags\":[],\"type\":\"module_a\"}]}";
        String script = "print \"Hello from JX9, \", $user.name, JX9_EOL; print $a, JX9_EOL; $config = " + input
                + "; return $config;";
        Map<String, String> params = Map.of("user", "{\"name\":\"Matthieu\",\"year\":2023,\"bool\":true,"
                + "\"float\":1.23,\"array\":[],\"netagive\":-1}");
        try (BedrockService fromJson = Services.start(input);
                BedrockService fromJx9 = BedrockService.start("tcp", script, SpecOptions.jx9(params),
                        TestModules.setup())) {
            assertEquals(Services.cleaned(fromJson), Services.cleaned(fromJx9));
        }
    }

    @Test
    void jx9CompileErrorIsReported() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> BedrockService.start("tcp", "+&*", SpecOptions.jx9(Map.of()), TestModules.setup()));
        assertEquals("Jx9 script failed to compile: 1 Error: '&': Missing operand", e.getMessage());
    }

    @Test
    void ifConditionsDropEntries() {
        String spec = "{\"libraries\":{\"module_a\":\"libModuleA.so\",\"module_b\":\"libModuleB.so\"},"
                + "\"providers\":[{\"name\":\"my_provider_A\",\"type\":\"module_a\",\"provider_id\":1},"
                + "{\"name\":\"my_providerB\",\"type\":\"module_b\",\"provider_id\":2,\"__if__\":\"false\"},"
                + "{\"name\":\"kept\",\"type\":\"module_b\",\"provider_id\":3,\"__if__\":\"1 + 1 == 2\"}]}";
        try (BedrockService service = Services.start(spec)) {
            assertEquals(List.of("my_provider_A", "kept"),
                    service.providers().list().stream().map(p -> p.name()).toList());
        }
    }
}
