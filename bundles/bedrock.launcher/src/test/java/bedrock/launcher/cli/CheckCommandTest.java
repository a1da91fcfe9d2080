package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code --check} (status 2) and {@code bedrock graph}, found before any framework boots. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void checkUsageErrorsExitTwo() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{}");
        CommandRun both = CommandRun.daemon("--check", "-c", spec.toString(), "--stdin");
        assertEquals(2, both.status());
        assertEquals("error: both config file and --stdin were provided\n", both.err());
        CommandRun shell = CommandRun.daemon("--check", "-c", spec.toString(), "--shell");
        assertEquals(2, shell.status());
        assertEquals("error: --check starts nothing, so it takes neither --shell, --http nor --exit-on-eof\n",
                shell.err());
        CommandRun missing = CommandRun.daemon("--check", "-c", dir.resolve("missing.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("error: could not read configuration file"), missing.err());
        assertEquals("", missing.out());
    }

    @Test
    void anUnknownOptionBesideCheckExitsTwo() {
        CommandRun run = CommandRun.daemon("--check", "--bogus");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: Unknown option: '--bogus'"), run.err());
        assertEquals(1, CommandRun.daemon("--bogus").status(), "the daemon keeps its own status");
    }

    @Test
    void jsonNeedsCheck() {
        CommandRun run = CommandRun.daemon("--json");
        assertEquals(1, run.status());
        assertEquals("error: --json goes with --check\n", run.err());
    }

    @Test
    void helpListsCheckAndGraph() {
        CommandRun run = CommandRun.daemon("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("--check"), run.out());
        assertTrue(run.out().contains("--json"), run.out());
        assertTrue(run.out().contains("graph  Prints the dependency graph"), run.out());
        CommandRun graph = CommandRun.daemon("graph", "--help");
        assertEquals(0, graph.status());
        assertTrue(graph.out().contains("--svg") && graph.out().contains("--addresses"), graph.out());
    }

    @Test
    void graphNeedsASpecOrADaemonButNotBoth() throws Exception {
        CommandRun neither = CommandRun.daemon("graph");
        assertEquals(1, neither.status());
        assertEquals("error: give either a spec (-c FILE or --stdin) or a daemon (-a ADDRESS)\n", neither.err());
        Path spec = Files.writeString(dir.resolve("spec.json"), "{}");
        CommandRun both = CommandRun.daemon("graph", "-c", spec.toString(), "-a", "tcp://127.0.0.1:1");
        assertEquals(1, both.status());
        assertEquals(neither.err(), both.err());
        CommandRun unknown = CommandRun.daemon("graph", "--bogus");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().startsWith("error: Unknown option: '--bogus'"), unknown.err());
    }

    @Test
    void graphOfTwoDaemonsIsAUsageError() {
        CommandRun run = CommandRun.daemon("graph", "-a", "tcp://127.0.0.1:1", "-a", "tcp://127.0.0.1:2");
        assertEquals(1, run.status());
        assertEquals("error: graph draws one daemon; 2 were given\n", run.err());
    }
}
