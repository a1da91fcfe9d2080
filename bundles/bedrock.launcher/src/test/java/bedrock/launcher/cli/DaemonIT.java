package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code bin/bedrock} started as a process with the real distribution; queried and
 * shut down with {@code bin/bedrock-query} and {@code bin/bedrock-shutdown}.
 */
class DaemonIT {

    private static final String READY = "Bedrock daemon now running at ";

    @TempDir
    Path dir;

    @Test
    void defaultSpecRunsAndStopsOnSigterm() throws Exception {
        Path out = dir.resolve("out.json");
        try (ScriptRun daemon = ScriptRun.start("bedrock", "-o", out.toString())) {
            String address = awaitReady(daemon);
            Map<String, Object> config = Json.parseObject(Files.readString(out));
            assertEquals(address, config.get("margo") instanceof Map<?, ?> margo
                    && margo.get("mercury") instanceof Map<?, ?> mercury ? mercury.get("address") : address);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> providers = (List<Map<String, Object>>) config.get("providers");
            assertNotNull(providers, "providers in " + config);
            Map<String, Object> database = providers.stream()
                    .filter(p -> "my_database".equals(p.get("name"))).findFirst().orElseThrow();
            assertEquals("yokan", database.get("type"));
            assertEquals(42L, database.get("provider_id"));
            assertTrue(providers.stream().anyMatch(p -> "module_a".equals(p.get("type"))), providers::toString);

            ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", address);
            assertEquals(0, query.awaitExit(), query::toString);
            Map<String, Object> answer = Json.parseObject(query.restOfStdout());
            assertEquals(List.of(address), List.copyOf(answer.keySet()));
            assertEquals(config.get("providers"), ((Map<?, ?>) answer.get(address)).get("providers"));

            daemon.terminate();
            assertEquals(0, daemon.awaitExit(), () -> "stderr: " + stderrOf(daemon));
            assertEquals("", daemon.restOfStdout(), "one line on stdout, nothing after it");
        }
    }

    @Test
    void theDaemonHasABoundedHeapThatTheJavaOptionsOverride() throws Exception {
        // -version stops the JVM before the daemon's main class: only its settings are printed.
        assertJavaOptionsShow("-XshowSettings:vm -version", "Max. Heap Size: 1.00G");
        assertJavaOptionsShow("-Xmx256m -XshowSettings:vm -version", "Max. Heap Size: 256.00M");
    }

    @Test
    void nettyRecordsNoFlightRecorderEventsUnlessTheJavaOptionsSaySo() throws Exception {
        assertJavaOptionsShow("-XshowSettings:properties -version", "io.netty.jfr.enabled = false");
        assertJavaOptionsShow("-Dio.netty.jfr.enabled=true -XshowSettings:properties -version",
                "io.netty.jfr.enabled = true");
    }

    /** Runs bin/bedrock with these BEDROCK_JAVA_OPTS (ending in -version: the JVM prints and exits). */
    private static void assertJavaOptionsShow(String javaOptions, String expected) throws Exception {
        ScriptRun run = ScriptRun.start(Map.of("BEDROCK_JAVA_OPTS", javaOptions), "bedrock");
        assertEquals(0, run.awaitExit(), run::toString);
        assertTrue(run.stderr().contains(expected), run.stderr());
    }

    @Test
    void remoteShutdownEndsTheDaemon() throws Exception {
        try (ScriptRun daemon = ScriptRun.start("bedrock", "--stdin")) {
            daemon.closeStdin("{}");
            String address = awaitReady(daemon);
            ScriptRun shutdown = ScriptRun.run("bedrock-shutdown", "tcp", "-a", address);
            assertEquals(0, shutdown.awaitExit(), () -> "stderr: " + stderrOf(shutdown));
            assertEquals(0, daemon.awaitExit(), () -> "stderr: " + stderrOf(daemon));
        }
    }

    @Test
    void badSpecExitsOneWithTheJsonPath() throws Exception {
        Path spec = Files.writeString(dir.resolve("bad.json"),
                "{\"providers\": [{\"name\": \"p\", \"type\": \"module_a\", \"pool\": \"nowhere\"}],"
                        + " \"libraries\": {\"module_a\": \"" + ScriptRun.home().resolve("modules/bedrock.module.a.jar") + "\"}}");
        ScriptRun run = ScriptRun.run("bedrock", "-c", spec.toString());
        assertEquals(1, run.awaitExit());
        String err = run.stderr();
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains("(at /providers/0/pool)"), err);
        assertEquals("", run.restOfStdout());
    }

    @Test
    void shutdownOfAnUnreachableDaemonExitsOne() throws Exception {
        ScriptRun run = ScriptRun.run("bedrock-shutdown", "tcp", "-a", "tcp://127.0.0.1:1");
        assertEquals(1, run.awaitExit());
        assertTrue(run.stderr().startsWith("Could not shutdown tcp://127.0.0.1:1: "), run.stderr());
    }

    @Test
    void optionErrorsExitOneFromTheScript() throws Exception {
        ScriptRun run = ScriptRun.run("bedrock", "-c", "x.json", "--stdin");
        assertEquals(1, run.awaitExit());
        assertEquals("error: both config file and --stdin were provided\n", run.stderr());
    }

    private static String stderrOf(ScriptRun run) {
        try {
            return run.stderr();
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String awaitReady(ScriptRun daemon) throws Exception {
        String line = daemon.readLine();
        // Messages are lazy: reading stderr waits for the process to close it.
        assertNotNull(line, () -> "the daemon ended without its ready line; stderr: " + stderrOf(daemon));
        assertTrue(line.startsWith(READY), () -> "unexpected first line \"" + line + "\"; stderr: " + stderrOf(daemon));
        String address = line.substring(READY.length());
        assertTrue(address.startsWith("tcp://127.0.0.1:"), address);
        return address;
    }
}
