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
 * Specs computed at start: a Jx9 script ({@code --jx9}) with parameters from
 * {@code --jx9-context}, and {@code __if__} conditions pruning entries of a JSON spec.
 */
class Jx9SpecIT {

    /** In the style of upstream's {@code 05_jx9/example.jx9}. */
    private static final String EXAMPLE_JX9 = """
            $pools = [];
            for ($i = 0; $i < $num_extra_pools; $i++) {
                $pools[] = { name: sprintf("extra_pool_%d", $i), kind: "fifo_wait", access: "mpmc" };
            }
            $xstreams = [ { name: "extra_es", scheduler: { type: "basic_wait", pools: [ "extra_pool_0" ] } } ];
            return { margo: { argobots: { pools: $pools, xstreams: $xstreams } } };
            """;

    @TempDir
    Path dir;

    @Test
    void jx9ScriptWithContextAddsPools() throws Exception {
        Path script = Files.writeString(dir.resolve("example.jx9"), EXAMPLE_JX9);
        Path out = dir.resolve("out.json");
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "--jx9", "-c", script.toString(),
                "--jx9-context", "num_extra_pools=3", "-o", out.toString())) {
            Map<?, ?> argobots = argobots(Json.parseObject(Files.readString(out)));
            assertEquals(List.of("extra_pool_0", "extra_pool_1", "extra_pool_2", "__primary__"),
                    names(argobots.get("pools")));
            assertEquals(List.of("extra_es", "__primary__"), names(argobots.get("xstreams")));
        }
    }

    @Test
    void ifConditionsDropEntries() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), """
                {
                    "margo": {"argobots": {"pools": [
                        {"name": "kept_true", "kind": "fifo_wait", "__if__": true},
                        {"name": "dropped_false", "kind": "fifo_wait", "__if__": false},
                        {"name": "dropped_expr", "kind": "fifo_wait", "__if__": "1 == 2"},
                        {"name": "kept_expr", "kind": "fifo_wait", "__if__": "1 + 1 == 2"},
                        {"name": "kept_no_mpi", "kind": "fifo_wait", "__if__": "$MPI_COMM_WORLD == null"}
                    ]}},
                    "libraries": {"module_a": "%s"},
                    "providers": [
                        {"name": "a_kept", "type": "module_a", "provider_id": 1, "__if__": "true"},
                        {"name": "a_dropped", "type": "module_a", "provider_id": 2, "__if__": "false"}
                    ]
                }
                """.formatted(ScriptRun.module("bedrock.module.a.jar")));
        Path out = dir.resolve("out.json");
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "-c", spec.toString(), "-o", out.toString())) {
            Map<String, Object> config = Json.parseObject(Files.readString(out));
            assertEquals(List.of("kept_true", "kept_expr", "kept_no_mpi", "__primary__"),
                    names(argobots(config).get("pools")));
            assertEquals(List.of("a_kept"), names(config.get("providers")));
        }
    }

    private static Map<?, ?> argobots(Map<String, Object> config) {
        return (Map<?, ?>) ((Map<?, ?>) config.get("margo")).get("argobots");
    }

    private static List<Object> names(Object entries) {
        return ((List<?>) entries).stream().<Object>map(e -> ((Map<?, ?>) e).get("name")).toList();
    }
}
