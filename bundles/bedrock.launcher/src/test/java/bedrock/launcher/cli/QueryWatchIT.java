package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bedrock.api.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bedrock-query --watch}: the daemon's events as JSON lines, following it until it stops. */
class QueryWatchIT {

    @Test
    void watchPrintsTheJournalThenFollowsUntilTheDaemonStops() throws Exception {
        try (ScriptRun daemon = ScriptRun.daemon("-c", "/dev/null")) {
            String address = daemon.address();
            try (ScriptRun watch = ScriptRun.start("bedrock-query", "-a", address, "--watch")) {
                Map<String, Object> event = next(watch);
                while (!"bedrock/daemon/ready".equals(event.get("topic"))) {
                    event = next(watch);
                }
                assertEquals(address, event.get("address"));
                ScriptRun.run("bedrock-shutdown", "-a", address);
                assertEquals("bedrock/daemon/stopping", next(watch).get("topic"));
            }
        }
    }

    private static Map<String, Object> next(ScriptRun watch) throws Exception {
        String line = watch.readLine();
        if (line == null) {
            throw new AssertionError("the watch ended; stderr: " + watch.stderr());
        }
        return Json.parseObject(line);
    }
}
