package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-shot path of {@code bedrock-query -a} and {@code bedrock-shutdown -a} prints what the full
 * path prints, byte for byte, and gives way to it on anything else. The full path is forced with
 * {@code --addresses=ADDR}, a form only picocli reads.
 */
class OneShotClientIT {

    /** Numbers, escapes and non-ASCII text in a provider's config: what a re-encoding could change. */
    private static final String CONFIG = "{\"database\": {\"type\": \"map\"}, \"ratio\": 0.5, \"big\": 1e3, \"tiny\": 1.0E-7, \"n\": -12,"
            + " \"huge\": 123456789012345678901234567890, \"text\": \"caf\\u00e9 \\\"q\\\" \\u0001 /\","
            + " \"empty\": {}, \"list\": [], \"nested\": [{\"a\": [1, 2.25, null, true]}]}";

    @TempDir
    Path dir;

    @Test
    void printsWhatTheFullPathPrintsAndShutsDown() throws Exception {
        try (ScriptRun a = ScriptRun.daemon("tcp", "-c", spec("a.json", "pa").toString());
                ScriptRun b = ScriptRun.daemon("tcp", "-c", spec("b.json", "pb").toString())) {
            String oneShot = new OneShotClient(0, null, 10).configs(List.of(a.address(), b.address()));
            assertNotNull(oneShot, "the one-shot path served both daemons");
            for (boolean pretty : new boolean[] {false, true}) {
                String[] options = pretty ? new String[] {"-p", "-t", "20"} : new String[] {"-v", "off"};
                ScriptRun full = ScriptRun.run("bedrock-query", concat(options,
                        "--addresses=" + a.address(), "--addresses=" + b.address()));
                ScriptRun quick = ScriptRun.run("bedrock-query", concat(options,
                        "-a", a.address(), "-a", b.address()));
                assertEquals(0, full.awaitExit(), full::describe);
                assertEquals(0, quick.awaitExit(), quick::describe);
                String expected = full.restOfStdout();
                assertEquals(expected, quick.restOfStdout());
                assertEquals(full.stderr(), quick.stderr());
                assertEquals(pretty ? PrettyJson.reindent(oneShot) + "\n" : oneShot + "\n", expected);
            }
            for (String part : List.of("\"big\":1000.0,", "\"tiny\":1.0E-7}", "\"huge\":1.2345678901234568E29,",
                    "\"text\":\"caf\u00e9 \\\"q\\\" \\u0001 /\"")) {
                assertTrue(oneShot.contains(part), () -> part + " in " + oneShot);
            }

            ScriptRun shutdown = ScriptRun.run("bedrock-shutdown", "-a", a.address());
            assertEquals(0, shutdown.awaitExit(), shutdown::describe);
            assertEquals("", shutdown.stderr());
            assertEquals(0, a.awaitExit(), a::describe);
            assertTrue(new OneShotClient(0, null, 10).shutdown(b.address()));
            assertEquals(0, b.awaitExit(), b::describe);
        }
    }

    @Test
    void deadAddressFallsBackToTheFullPathsError() throws Exception {
        String dead = ScriptRun.freeAddress();
        assertNull(new OneShotClient(0, null, 5).configs(List.of(dead)));
        assertFalse(new OneShotClient(0, null, 5).shutdown(dead));
        for (String command : List.of("bedrock-query", "bedrock-shutdown")) {
            ScriptRun full = ScriptRun.run(command, "--addresses=" + dead);
            ScriptRun quick = ScriptRun.run(command, "-a", dead);
            assertEquals(1, full.awaitExit(), full::describe);
            assertEquals(1, quick.awaitExit(), quick::describe);
            assertTrue(full.stderr().contains(dead), full::describe);
            assertEquals(full.stderr(), quick.stderr());
            assertEquals("", quick.restOfStdout());
        }
    }

    /**
     * A daemon that accepts but never answers: the one-shot path gives up after {@code -t} with the
     * full path's words instead of running the full path and waiting as long again.
     */
    @Test
    void silentDaemonFailsOnceWithinTheTimeout() throws Exception {
        List<Socket> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String address = "tcp://127.0.0.1:" + silent.getLocalPort();
            OneShotClient.TimedOut error = assertThrows(OneShotClient.TimedOut.class,
                    () -> new OneShotClient(0, null, 0.5).configs(List.of(address)));
            assertEquals("Request bedrock_get_config to " + address + " timed out after 500 ms",
                    error.getMessage());
            for (String command : List.of("bedrock-query", "bedrock-shutdown")) {
                ScriptRun full = ScriptRun.run(command, "--addresses=" + address, "-t", "4");
                assertEquals(1, full.awaitExit(), full::describe);
                long start = System.nanoTime();
                ScriptRun quick = ScriptRun.run(command, "-a", address, "-t", "4");
                assertEquals(1, quick.awaitExit(), quick::describe);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(full.stderr().contains("timed out after 4000 ms"), full::describe);
                assertEquals(full.stderr(), quick.stderr());
                assertEquals("", quick.restOfStdout());
                // Waiting twice (one-shot, then the full path) would take 8 s and more.
                assertTrue(millis < 8000, () -> command + " took " + millis + " ms");
            }
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void errorAnswerFallsBackToo() throws Exception {
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "-c", spec("c.json", "pc").toString())) {
            // No Bedrock provider with id 7: the daemon answers NO_SUCH_RPC, which the full path words.
            assertNull(new OneShotClient(7, null, 10).configs(List.of(daemon.address())));
            ScriptRun full = ScriptRun.run("bedrock-query", "--addresses=" + daemon.address(), "-i", "7");
            ScriptRun quick = ScriptRun.run("bedrock-query", "-a", daemon.address(), "-i", "7");
            assertEquals(1, full.awaitExit(), full::describe);
            assertEquals(1, quick.awaitExit(), quick::describe);
            assertTrue(full.stderr().contains("provider id 7"), full::describe);
            assertEquals(full.stderr(), quick.stderr());
        }
    }

    private static String[] concat(String[] first, String... then) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(then))
                .toArray(String[]::new);
    }

    private Path spec(String file, String pool) throws Exception {
        return Files.writeString(dir.resolve(file), "{\"margo\": {\"argobots\": {\"pools\": [{\"name\": \"" + pool
                + "\", \"kind\": \"fifo_wait\", \"access\": \"mpmc\"}]}}, \"libraries\": {\"yokan\": \""
                + ScriptRun.module("bedrock.module.yokan.jar") + "\"}, \"providers\": [{\"name\": \"p\","
                + " \"type\": \"yokan\", \"config\": " + CONFIG + "}]}");
    }
}
