package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --exit-on-eof}: the daemon stops when its standard input ends, which is how a supervising
 * process (Python's {@code Server}) keeps it from outliving itself, even when killed with SIGKILL.
 */
class ExitOnEofIT {

    @Test
    void theDaemonStopsCleanlyWhenItsInputEnds(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{}");
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "-c", spec.toString(), "--exit-on-eof")) {
            // Running, and input that is not an end changes nothing.
            assertTrue(daemon.silentFor(Duration.ofMillis(500)));
            assertTrue(daemon.isAlive());
            daemon.closeStdin("ignored\n");
            assertEquals(0, daemon.awaitExit(), daemon::describe);
        }
    }

    @Test
    void withoutTheOptionTheDaemonIgnoresTheEndOfItsInput(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{}");
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "-c", spec.toString())) {
            daemon.closeStdin("");
            assertTrue(daemon.silentFor(Duration.ofSeconds(2)));
            assertTrue(daemon.isAlive(), "the daemon stopped at the end of its input");
            daemon.terminate();
            assertEquals(0, daemon.awaitExit());
        }
    }

    @Test
    void theSpecCannotComeFromTheWatchedInput() throws Exception {
        try (ScriptRun daemon = ScriptRun.start("bedrock", "tcp", "--stdin", "--exit-on-eof")) {
            daemon.closeStdin("{}");
            assertEquals(1, daemon.awaitExit());
            assertFalse(daemon.isAlive());
            assertEquals("error: --exit-on-eof watches standard input, so the spec cannot come from --stdin\n",
                    daemon.stderr());
        }
    }
}
