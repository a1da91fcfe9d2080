package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/bedrock --check} and {@code bin/bedrock graph} as a user runs them, each a process of its own. */
class CheckIT {

    @TempDir
    Path dir;

    @Test
    void checkReportsEveryProblemAndItsExitStatus() throws Exception {
        Path valid = Files.writeString(dir.resolve("valid.json"), GraphCommandIT.SPEC);
        ScriptRun ok = ScriptRun.run("bedrock", "--check", "-c", valid.toString());
        assertEquals(0, ok.awaitExit(), ok::describe);
        assertEquals(valid + ": OK (2 providers, 1 client, 2 pools, 1 xstream)", ok.readLine());
        assertEquals("", ok.stderr());

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"libraries\": {\"module_a\": \""
                + ScriptRun.module("bedrock.module.a.jar") + "\"}, \"providers\": ["
                + "{\"name\": \"q\", \"type\": \"no_such_type\"}, {\"name\": \"r\", \"type\": \"module_a\","
                + " \"dependencies\": {\"x\": \"ghost\"}}]}");
        ScriptRun invalid = ScriptRun.run("bedrock", "--check", "-c", bad.toString());
        assertEquals(1, invalid.awaitExit(), invalid::describe);
        List<String> lines = invalid.stderr().lines().toList();
        assertEquals(3, lines.size(), invalid::describe);
        assertTrue(lines.get(0).contains("\"no_such_type\"") && lines.get(0).endsWith("(at /providers/0/type)"),
                lines.get(0));
        assertTrue(lines.get(1).contains("\"x\"") && lines.get(1).endsWith("(at /providers/1/dependencies/x)"),
                lines.get(1));
        assertEquals(bad + ": 2 problems", lines.get(2));
        assertEquals("", invalid.restOfStdout());

        ScriptRun usage = ScriptRun.run("bedrock", "--check", "--bogus");
        assertEquals(2, usage.awaitExit(), usage::describe);
    }

    @Test
    void checkReadsJx9AndStandardInput() throws Exception {
        Path script = Files.writeString(dir.resolve("spec.jx9"),
                "return {\"margo\": {\"argobots\": {\"pools\": [{\"name\": $name}]}}};");
        ScriptRun jx9 = ScriptRun.run("bedrock", "--check", "--jx9", "-c", script.toString(),
                "--jx9-context", "name=\"extra\"");
        assertEquals(0, jx9.awaitExit(), jx9::describe);
        assertEquals(script + ": OK (0 providers, 0 clients, 2 pools, 1 xstream)", jx9.readLine());

        ScriptRun stdin = ScriptRun.start("bedrock", "--check", "--stdin");
        stdin.closeStdin("{\"providers\": [{\"name\": \"p\", \"type\": \"t\", \"pool\": \"nowhere\"}]}");
        assertEquals(1, stdin.awaitExit(), stdin::describe);
        assertTrue(stdin.stderr().contains("Could not find pool \"nowhere\"")
                && stdin.stderr().contains("(at /providers/0/pool)"), stdin::describe);
    }

    @Test
    void graphOfASpecAndOfTheDaemonItStarts() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), GraphCommandIT.SPEC);
        ScriptRun fromSpec = ScriptRun.run("bedrock", "graph", "-c", spec.toString());
        assertEquals(0, fromSpec.awaitExit(), fromSpec::describe);
        String dot = fromSpec.restOfStdout();
        assertTrue(dot.contains("\"provider:c\" -> \"provider:db\""), dot);

        try (ScriptRun daemon = ScriptRun.daemon("-c", spec.toString())) {
            ScriptRun fromDaemon = ScriptRun.run("bedrock", "graph", "--svg", "-a", daemon.address());
            assertEquals(0, fromDaemon.awaitExit(), fromDaemon::describe);
            assertTrue(GraphCommandIT.nodeIds(fromDaemon.restOfStdout())
                    .containsAll(List.of("provider:db", "provider:c", "pool:my_pool")), fromDaemon::describe);
            daemon.terminate();
            assertEquals(0, daemon.awaitExit(), daemon::describe);
        }
    }
}
