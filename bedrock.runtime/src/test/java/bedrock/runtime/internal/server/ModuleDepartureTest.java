package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A module type whose factory leaves takes its providers and clients, and their dependents, with it. */
class ModuleDepartureTest {

    @Test
    void dependentsGoFirstAndOthersStay() {
        String spec = "{\"libraries\":{\"module_a\":\"libModuleA.so\",\"module_b\":\"libModuleB.so\","
                + "\"module_c\":\"libModuleC.so\"},\"clients\":[{\"name\":\"ca\",\"type\":\"module_a\"}],"
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\"},{\"name\":\"b\",\"type\":\"module_b\"},"
                + "{\"name\":\"c\",\"type\":\"module_c\",\"config\":{\"expected_provider_dependencies\":"
                + "[{\"name\":\"d\",\"type\":\"module_a\",\"kind\":\"provider\"}]},\"dependencies\":{\"d\":\"a\"}}]}";
        TestModules.EVENTS.clear();
        try (BedrockService server = Services.start(spec)) {
            var registry = server.setup.modules();
            registry.remove("module_a", registry.find("module_a").orElseThrow());
            assertEquals(List.of("b"), server.providers().list().stream().map(p -> p.name()).toList());
            assertEquals(0, server.clients().size());
            assertEquals(List.of("-provider:c", "-provider:a", "-client:ca"),
                    TestModules.EVENTS.stream().filter(e -> e.startsWith("-")).toList());
        }
    }
}
