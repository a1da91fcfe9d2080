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
 * {@code -f GROUPFILE}: a Flock-style group file ({@code {"members":[{"address":...,
 * "provider_id":...}]}}) names the daemons {@code bedrock-query} and {@code bedrock-shutdown}
 * talk to.
 */
class GroupFileIT {

    @TempDir
    Path dir;

    @Test
    void queryAndShutdownEveryMember() throws Exception {
        try (ScriptRun a = ScriptRun.daemon("tcp", "-c", spec("a.json", "pool_a").toString());
                ScriptRun b = ScriptRun.daemon("tcp", "-c", spec("b.json", "pool_b").toString())) {
            Path group = Files.writeString(dir.resolve("group.flock"), Json.write(Map.of("members", List.of(
                    Map.of("address", a.address(), "provider_id", 0),
                    Map.of("address", b.address(), "provider_id", 0)))));

            ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-f", group.toString(), "-p");
            assertEquals(0, query.awaitExit(), query::describe);
            Map<String, Object> answer = Json.parseObject(query.restOfStdout());
            assertEquals(List.of(a.address(), b.address()), List.copyOf(answer.keySet()), "in the file's order");
            assertEquals(List.of("pool_a", "__primary__"), poolNames(answer.get(a.address())));
            assertEquals(List.of("pool_b", "__primary__"), poolNames(answer.get(b.address())));

            ScriptRun shutdown = ScriptRun.run("bedrock-shutdown", "tcp", "-f", group.toString());
            assertEquals(0, shutdown.awaitExit(), shutdown::describe);
            assertEquals(0, a.awaitExit(), a::describe);
            assertEquals(0, b.awaitExit(), b::describe);
        }
    }

    /** A spec with one extra pool, so the two configurations differ. */
    private Path spec(String file, String pool) throws Exception {
        return Files.writeString(dir.resolve(file), Json.write(Map.of("margo", Map.of("argobots",
                Map.of("pools", List.of(Map.of("name", pool, "kind", "fifo_wait", "access", "mpmc")))))));
    }

    private static List<Object> poolNames(Object config) {
        Map<?, ?> argobots = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) config).get("margo")).get("argobots");
        return ((List<?>) argobots.get("pools")).stream().<Object>map(p -> ((Map<?, ?>) p).get("name")).toList();
    }
}
