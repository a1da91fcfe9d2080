package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.launcher.Distribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/bedrock-shutdown}'s class-data archive is trained on a stand-in, never on the daemon
 * being shut down, and holds the one-shot path (not the full path's Netty engine). Runs on a copy
 * of the distribution, whose archive folder starts empty.
 */
class ShutdownArchiveIT {

    private static final Map<String, String> WITH_ARCHIVE = withoutNoCds();

    @TempDir
    Path dir;

    @Test
    void firstShutdownTrainsOnAStandInThenShutsTheDaemonDown() throws Exception {
        Path home = copyOfDistribution();
        Path archive = home.resolve("lib/cds/bedrock-shutdown.jsa");
        for (int run = 0; run < 2; run++) {
            // The daemon itself runs without its archive: only the client's is under test.
            try (ScriptRun daemon = ScriptRun.start(home, null, Map.of(), "bedrock", "tcp", "--stdin")) {
                daemon.closeStdin("{}");
                String address = daemon.awaitReady();
                ScriptRun shutdown = ScriptRun.start(home, null, WITH_ARCHIVE, "bedrock-shutdown", "-a", address);
                assertEquals(0, shutdown.awaitExit(), shutdown::toString);
                // No JVM warning either (a stale or mismatched archive would print one).
                assertEquals("", shutdown.stderr());
                assertEquals(0, daemon.awaitExit(), daemon::toString);
                assertTrue(Files.isRegularFile(archive), "trained on first use: " + archive);
            }
        }
        Map<String, String> print = new HashMap<>(WITH_ARCHIVE);
        print.put("BEDROCK_JAVA_OPTS", "-XX:+PrintSharedArchiveAndExit");
        ScriptRun listing = ScriptRun.start(home, null, print, "bedrock-shutdown", "-a", "tcp://127.0.0.1:1");
        listing.awaitExit();
        String classes = listing.restOfStdout();
        for (String name : new String[] {"bedrock.launcher.cli.OneShotClient ", "bedrock.api.wire.Frames$Response "}) {
            assertTrue(classes.contains(": " + name), () -> name + "in the archive:\n" + classes);
        }
        assertFalse(classes.contains(": io.netty."), () -> "no Netty class in the archive:\n" + classes);
    }

    /** bin, lib (without lib/cds) and bundles of the built distribution, in a temporary folder. */
    private Path copyOfDistribution() throws IOException {
        Path source = Distribution.home();
        Path home = Files.createDirectories(dir.resolve("bedrock"));
        for (String part : new String[] {"bin", "lib", "bundles"}) {
            try (Stream<Path> files = Files.walk(source.resolve(part))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path relative = source.relativize(file);
                    if (relative.startsWith(Path.of("lib", "cds"))) {
                        continue;
                    }
                    Files.copy(file, home.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return home;
    }

    private static Map<String, String> withoutNoCds() {
        Map<String, String> env = new HashMap<>();
        env.put("BEDROCK_NO_CDS", null);
        return env;
    }
}
