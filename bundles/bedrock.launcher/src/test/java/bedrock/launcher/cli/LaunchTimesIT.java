package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures, without asserting on time (shared machines vary): daemon launch to ready line on the
 * default spec, and a whole {@code bedrock-query} process, each the median of {@value #RUNS} runs,
 * without and with the class-data archive the scripts create on first use.
 */
class LaunchTimesIT {

    private static final int RUNS = 5;

    @Test
    void launchAndQueryTimes() throws Exception {
        measure("no class-data archive", Map.of());
        Map<String, String> withCds = new HashMap<>();
        withCds.put("BEDROCK_NO_CDS", null);
        // One run first, so that the archive's training is not measured.
        try (ScriptRun warm = ScriptRun.daemon(withCds, "tcp")) {
            try (ScriptRun query = ScriptRun.start(withCds, "bedrock-query", "tcp", "-a", warm.address())) {
                assertEquals(0, query.awaitExit(), query::describe);
            }
        }
        measure("class-data archive", withCds);
    }

    private static void measure(String mode, Map<String, String> env) throws Exception {
        List<Long> ready = new ArrayList<>();
        List<Long> query = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            try (ScriptRun daemon = ScriptRun.daemon(env, "tcp")) {
                ready.add(millisSince(start));
                long queried = System.nanoTime();
                try (ScriptRun run = ScriptRun.start(env, "bedrock-query", "tcp", "-a", daemon.address())) {
                    assertEquals(0, run.awaitExit(), run::describe);
                    query.add(millisSince(queried));
                }
                daemon.terminate();
                assertEquals(0, daemon.awaitExit(), daemon::describe);
            }
        }
        System.out.printf("bedrock launch->ready (default spec, %s): median %d ms of %s%n", mode, median(ready), ready);
        System.out.printf("bedrock-query whole process (%s): median %d ms of %s%n", mode, median(query), query);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
