package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bedrock.api.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed documentation's JSON example ({@code 02_json/example.json}: custom pool and xstream,
 * {@code bedrock} section, an {@code abt_io} instance, the {@code libraries} object, a client,
 * {@code ProviderA} and a {@code ProviderB} depending on it as a provider and as an array of
 * local handles) starts, and {@code -o} writes its completed form.
 */
class SeedExampleIT {

    @TempDir
    Path dir;

    @Test
    void seedExampleStartsAndIsCompleted() throws Exception {
        Path spec = Files.writeString(dir.resolve("example.json"), """
                {
                    "margo": {
                        "argobots": {
                            "pools": [{"name": "my_pool", "kind": "fifo_wait", "access": "mpmc"}],
                            "xstreams": [{"name": "my_es",
                                          "scheduler": {"type": "basic_wait", "pools": ["my_pool"]}}]
                        }
                    },
                    "bedrock": {"pool": "my_pool", "provider_id": 0},
                    "abt_io": [{"name": "my_abt_io", "pool": "my_pool"}],
                    "libraries": {"module_a": "%s", "module_b": "%s", "module_c": "%s"},
                    "clients": [{"name": "ClientB", "type": "module_b", "config": {}, "dependencies": {}}],
                    "providers": [
                        {"name": "ProviderA", "type": "module_a", "provider_id": 42, "pool": "my_pool",
                         "config": {}, "dependencies": {}},
                        {"name": "ProviderB", "type": "module_c", "provider_id": 33, "pool": "my_pool",
                         "config": {"expected_provider_dependencies": [
                             {"name": "a_provider", "type": "module_a", "kind": "provider", "is_required": true},
                             {"name": "a_local", "type": "module_a", "kind": "provider_handle", "is_array": true}]},
                         "dependencies": {"a_provider": "ProviderA", "a_local": ["ProviderA@local"]}}
                    ]
                }
                """.formatted(ScriptRun.module("bedrock.module.a.jar"), ScriptRun.module("bedrock.module.b.jar"),
                ScriptRun.module("bedrock.module.c.jar")));
        Path out = dir.resolve("out.json");
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "-c", spec.toString(), "-o", out.toString())) {
            String address = daemon.address();
            Map<String, Object> config = Json.parseObject(Files.readString(out));

            Map<?, ?> margo = (Map<?, ?>) config.get("margo");
            Map<?, ?> argobots = (Map<?, ?>) margo.get("argobots");
            assertEquals(List.of("my_pool", "__primary__"), names(argobots.get("pools")), "implicit __primary__ appended");
            assertEquals(List.of("my_es", "__primary__"), names(argobots.get("xstreams")));
            assertEquals(address, ((Map<?, ?>) margo.get("mercury")).get("address"));
            assertEquals(Map.of("pool", "my_pool", "provider_id", 0L), config.get("bedrock"));
            List<?> abtIo = (List<?>) config.get("abt_io");
            assertEquals(List.of("my_abt_io"), names(abtIo));
            assertEquals("my_pool", ((Map<?, ?>) abtIo.get(0)).get("pool"));

            // ProviderB's handle needed a module_a client: none was declared, so one was created.
            assertEquals(List.of("ClientB", "__module_a_client__"), names(config.get("clients")));
            Map<?, ?> providerA = provider(config, "ProviderA");
            assertEquals(42L, providerA.get("provider_id"));
            assertEquals("my_pool", providerA.get("pool"));
            Map<?, ?> dependencies = (Map<?, ?>) provider(config, "ProviderB").get("dependencies");
            assertEquals(List.of("__module_a_client__->module_a:42@" + address), dependencies.get("a_local"));
            assertEquals("ProviderA", dependencies.get("a_provider"), "a local provider is echoed as given");

            // What clients read is what -o wrote.
            ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", address);
            assertEquals(0, query.awaitExit(), query::describe);
            assertEquals(config, Json.parseObject(query.restOfStdout()).get(address));
        }
    }

    private static Map<?, ?> provider(Map<String, Object> config, String name) {
        return ((List<?>) config.get("providers")).stream().map(p -> (Map<?, ?>) p)
                .filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static List<Object> names(Object entries) {
        return ((List<?>) entries).stream().<Object>map(e -> ((Map<?, ?>) e).get("name")).toList();
    }
}
