package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two daemons: B's {@code module_c} provider needs a handle on A's {@code module_a} provider
 * {@code a1}, named by A's address. With A serving, B is ready; with nothing listening at A's
 * address, B fails at once (connection refused) instead of waiting out its
 * {@code dependency_resolution_timeout}.
 */
class RemoteDependencyIT {

    @TempDir
    Path dir;

    @Test
    void aThenB() throws Exception {
        String addressA = ScriptRun.freeAddress();
        try (ScriptRun a = ScriptRun.daemon(addressA, "-c", specA().toString());
                ScriptRun b = ScriptRun.daemon("tcp", "-c", specB(addressA, 20).toString())) {
            assertEquals(addressA, a.address());
            assertDependencyEchoed(b.address(), addressA);
        }
    }

    @Test
    void bWhileNothingListensAtAFailsAtOnce() throws Exception {
        String addressA = ScriptRun.freeAddress();
        long start = System.nanoTime();
        // A 20 s resolution timeout, but nothing listens there: no reason to wait for it.
        ScriptRun b = ScriptRun.run("bedrock", "tcp", "-c", specB(addressA, 20).toString());
        assertEquals(1, b.awaitExit());
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(b.stderr().contains("connection refused"), b.stderr());
        assertTrue(seconds < 15, "took " + seconds + " s");
    }

    @Test
    void bWithoutAFailsAfterItsTimeout() throws Exception {
        String addressA = ScriptRun.freeAddress();
        ScriptRun b = ScriptRun.run("bedrock", "tcp", "-c", specB(addressA, 2).toString());
        assertEquals(1, b.awaitExit());
        String err = b.stderr();
        assertTrue(err.startsWith("error: "), err);
        // The message names the provider and the address it was looked up at.
        assertTrue(err.contains("\"a1\"") && err.contains(addressA), err);
        assertTrue(err.contains("/providers/0/dependencies/dep"), err);
        assertEquals("", b.restOfStdout());
    }

    private void assertDependencyEchoed(String addressB, String addressA) throws Exception {
        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", addressB);
        assertEquals(0, query.awaitExit(), query::describe);
        Map<?, ?> config = (Map<?, ?>) Json.parseObject(query.restOfStdout()).get(addressB);
        Map<?, ?> provider = (Map<?, ?>) ((List<?>) config.get("providers")).get(0);
        assertEquals("c1", provider.get("name"));
        String handle = (String) ((Map<?, ?>) provider.get("dependencies")).get("dep");
        assertEquals("__module_a_client__->module_a:1@" + addressA, handle);
        List<?> clients = (List<?>) config.get("clients");
        assertTrue(clients.stream().anyMatch(c -> "__module_a_client__".equals(((Map<?, ?>) c).get("name"))),
                clients::toString);
    }

    private Path specA() throws Exception {
        return write("a.json", Map.of(
                "libraries", Map.of("module_a", ScriptRun.module("bedrock.module.a.jar")),
                "providers", List.of(Map.of("name", "a1", "type", "module_a", "provider_id", 1))));
    }

    private Path specB(String addressA, int timeoutSeconds) throws Exception {
        Map<String, Object> dependency = Map.of("name", "dep", "type", "module_a",
                "kind", "provider_handle", "is_required", true);
        return write("b.json", Map.of(
                "bedrock", Map.of("dependency_resolution_timeout", timeoutSeconds),
                // B needs module_a too: its client makes the handle on A's provider.
                "libraries", Map.of("module_a", ScriptRun.module("bedrock.module.a.jar"),
                        "module_c", ScriptRun.module("bedrock.module.c.jar")),
                "providers", List.of(Map.of("name", "c1", "type", "module_c",
                        "config", Map.of("expected_provider_dependencies", List.of(dependency)),
                        "dependencies", Map.of("dep", "a1@" + addressA)))));
    }

    private Path write(String name, Object spec) throws Exception {
        return Files.writeString(dir.resolve(name), Json.write(spec));
    }
}
