package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.core.Publisher;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Everything a service creates is published under its API type and name, and withdrawn when it goes. */
class PublicationTest {

    private final Set<String> live = new TreeSet<>();

    private final Publisher recording = (kind, object, properties) -> {
        String key = kind.getSimpleName() + ":" + properties.get(Publisher.NAME);
        live.add(key);
        return () -> live.remove(key);
    };

    private BedrockService start(String spec) {
        ServiceSetup base = TestModules.setup();
        ServiceSetup setup = new ServiceSetup(base.modules(), base.loader(), base.engines(), base.scripts(),
                base.remote(), recording, base.moduleTimeout());
        return BedrockService.start("tcp", spec, SpecOptions.json(), setup);
    }

    @Test
    void publishedAndWithdrawn() {
        try (BedrockService server = start("{\"abt_io\":[{\"name\":\"io\"}],\"ssg\":[{\"name\":\"g\"}],"
                + "\"libraries\":{\"module_a\":\"libModuleA.so\"},\"clients\":[{\"name\":\"c\",\"type\":\"module_a\"}],"
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\"}]}")) {
            assertEquals(Set.of("Pool:__primary__", "Xstream:__primary__", "AbtIo:io", "GroupHandle:g",
                    "ClientInstance:c", "ProviderInstance:a"), live);
            server.pools().create(Map.of("name", "p"));
            server.xstreams().create(Map.of("name", "x", "scheduler", Map.of("pools", java.util.List.of("p"))));
            assertEquals(true, live.contains("Pool:p") && live.contains("Xstream:x"));
            server.xstreams().remove("x");
            server.pools().remove("p");
            assertEquals(false, live.contains("Pool:p") || live.contains("Xstream:x"));
            assertThrows(BedrockException.class, () -> server.pools().create(Map.of("name", "p", "kind", "nope")));
            assertEquals(false, live.contains("Pool:p"));
        }
        assertEquals(Set.of(), live);
    }

    @Test
    void aFailedStartWithdrawsEverything() {
        assertThrows(BedrockException.class, () -> start("{\"libraries\":{\"module_a\":\"libModuleA.so\"},"
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\"},{\"name\":\"b\",\"type\":\"module_a\","
                + "\"config\":{\"fail\":true}}]}"));
        assertEquals(Set.of(), live);
    }
}
