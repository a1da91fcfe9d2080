package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A daemon killed with SIGKILL (no shutdown hook runs): clients fail fast and say where. */
class KilledDaemonIT {

    /** Generous against a loaded machine, far below the client's 30 s call timeout. */
    private static final Duration FAST = Duration.ofSeconds(15);

    @Test
    void queryOfAKilledDaemonFailsFastNamingTheAddress() throws Exception {
        String address;
        try (ScriptRun daemon = ScriptRun.daemon("tcp")) {
            address = daemon.address();
            daemon.kill();
        }
        long start = System.nanoTime();
        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", address);
        int status = query.awaitExit();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("bedrock-query of a killed daemon failed after " + took.toMillis() + " ms");
        assertEquals(1, status);
        String err = query.stderr();
        assertTrue(err.startsWith("error: " + address + ": "), err);
        assertEquals("", query.restOfStdout());
        assertTrue(took.compareTo(FAST) < 0, "took " + took);

        ScriptRun shutdown = ScriptRun.run("bedrock-shutdown", "tcp", "-a", address);
        assertEquals(1, shutdown.awaitExit());
        assertTrue(shutdown.stderr().startsWith("Could not shutdown " + address + ": "), shutdown::describe);
    }
}
