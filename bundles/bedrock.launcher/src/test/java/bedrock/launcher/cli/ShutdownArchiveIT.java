package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.launcher.Distribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/bedrock-shutdown}'s class-data archive is trained on a stand-in, never on the daemon
 * being shut down, and holds the one-shot path (not the full path's Netty engine); the daemon's
 * archive holds the classes of a served request and of a remote shutdown. Runs on a copy of the
 * distribution, whose archive folder starts empty.
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
            // The first run of each command trains its archive, the second one uses it.
            try (ScriptRun daemon = ScriptRun.start(home, null, WITH_ARCHIVE, "bedrock", "tcp", "--stdin")) {
                daemon.closeStdin("{}");
                String address = daemon.awaitReady();
                ScriptRun shutdown = ScriptRun.start(home, null, WITH_ARCHIVE, "bedrock-shutdown", "-a", address);
                assertEquals(0, shutdown.awaitExit(), shutdown::toString);
                // No JVM warning either (a stale or mismatched archive would print one).
                assertEquals("", shutdown.stderr());
                assertEquals(0, daemon.awaitExit(), daemon::toString);
                assertEquals("", daemon.stderr());
                assertTrue(Files.isRegularFile(archive), "trained on first use: " + archive);
            }
        }
        // A jar newer than the archive (in lib/, or a folder of bundles/) makes the next run train
        // again; with none newer, the archive stays. Times set past every jar of the copy.
        long base = newestJar(home) + 1_000;
        Path[] touched = {home.resolve("lib/bedrock.api.jar"), nestedBundle(home), null};
        for (int i = 0; i < touched.length; i++) {
            FileTime old = FileTime.fromMillis(base + 20_000L * i);
            Files.setLastModifiedTime(archive, old);
            if (touched[i] != null) {
                Files.setLastModifiedTime(touched[i], FileTime.fromMillis(base + 20_000L * i + 10_000));
            }
            ScriptRun refused = ScriptRun.start(home, null, WITH_ARCHIVE, "bedrock-shutdown", "-a", "tcp://127.0.0.1:1");
            assertEquals(1, refused.awaitExit(), refused::toString);
            assertTrue(refused.stderr().startsWith("Could not shutdown tcp://127.0.0.1:1: "), refused::toString);
            assertEquals(touched[i] != null, !Files.getLastModifiedTime(archive).equals(old),
                    "trained again after " + touched[i] + " changed, kept otherwise");
        }
        String client = archived(home, "bedrock-shutdown", "-a", "tcp://127.0.0.1:1");
        for (String name : new String[] {"bedrock.launcher.cli.OneShotClient ", "bedrock.api.wire.Frames$Response "}) {
            assertTrue(client.contains(": " + name), () -> name + "in the archive:\n" + client);
        }
        assertFalse(client.contains(": io.netty."), () -> "no Netty class in the archive:\n" + client);
        String daemon = archived(home, "bedrock");
        for (String name : new String[] {"bedrock.runtime.internal.rpc.FrameDecoder ",
                "bedrock.runtime.internal.rpc.ServerHandler ", "bedrock.runtime.internal.net.Wire "}) {
            assertTrue(daemon.contains(": " + name), () -> name + "in the daemon's archive:\n" + daemon);
        }
    }

    @Test
    void anotherJvmOrTheSameOneUpgradedInPlaceTrainsTheArchiveAgain() throws Exception {
        Path home = copyOfDistribution();
        Path archive = home.resolve("lib/cds/bedrock-shutdown.jsa");
        // A JDK of its own: a bin/java that runs this JVM's, and a release file to change.
        Path jdk = Files.createDirectories(dir.resolve("jdk"));
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path release = jdk.resolve("release");
        Map<String, String> other = new HashMap<>(WITH_ARCHIVE);
        other.put("JAVA_HOME", jdk.toString());
        Map<String, String> own = new HashMap<>(WITH_ARCHIVE);
        own.put("JAVA_HOME", System.getProperty("java.home"));

        assertTrue(refusedShutdown(home, own), "first run trains");
        assertTrue(Files.isRegularFile(archive), "trained on first use: " + archive);
        assertTrue(Files.readString(home.resolve("lib/cds/bedrock-shutdown.jsa.jvm"))
                .startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toRealPath() + "\n"));
        assertFalse(refusedShutdown(home, own), "same JVM: kept");
        Files.writeString(release, "JAVA_VERSION=\"17\"\nJAVA_RUNTIME_VERSION=\"17.0.1+1\"\n");
        assertTrue(refusedShutdown(home, other), "another java: trained again");
        assertFalse(refusedShutdown(home, other), "same java: kept");
        Files.writeString(release, "JAVA_VERSION=\"17\"\nJAVA_RUNTIME_VERSION=\"17.0.2+1\"\n");
        assertTrue(refusedShutdown(home, other), "upgraded in place: trained again");
        assertFalse(refusedShutdown(home, other), "same version: kept");
        Path jdkArchive = Files.createDirectories(jdk.resolve("lib/server")).resolve("classes.jsa");
        Files.writeString(jdkArchive, "");
        Files.setLastModifiedTime(jdkArchive, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis()
                + 60_000));
        assertTrue(refusedShutdown(home, other), "a newer JDK archive: trained again");
        assertTrue(refusedShutdown(home, own), "back to this JVM: trained again");
    }

    /**
     * Runs {@code bin/bedrock-shutdown} against a dead address (refused, as it must be) with the
     * archive's time set in the past; true when the run trained the archive again.
     */
    private static boolean refusedShutdown(Path home, Map<String, String> env) throws Exception {
        Path archive = home.resolve("lib/cds/bedrock-shutdown.jsa");
        FileTime old = FileTime.fromMillis(newestJar(home) + 1_000);
        if (Files.exists(archive)) {
            Files.setLastModifiedTime(archive, old);
        }
        ScriptRun refused = ScriptRun.start(home, null, env, "bedrock-shutdown", "-a", "tcp://127.0.0.1:1");
        assertEquals(1, refused.awaitExit(), refused::toString);
        assertTrue(refused.stderr().startsWith("Could not shutdown tcp://127.0.0.1:1: "), refused::toString);
        return !Files.exists(archive) || !Files.getLastModifiedTime(archive).equals(old);
    }

    @Test
    void theDaemonsTrainingRunStopsItselfOrIsClosedWhenItsShutdownIsRefused() throws Exception {
        Path spec = Files.writeString(dir.resolve("empty.json"), "{}");
        // Without a credential the run stops through its own bedrock_shutdown; with one, that
        // request is refused and the run closes the daemon itself. Both end as a training run must.
        for (String[] args : new String[][] {{"--exit-when-ready", "-c", spec.toString()},
                {"--exit-when-ready", "-c", spec.toString(), "--credential", "s3cret"}}) {
            try (ScriptRun training = ScriptRun.start("bedrock", args)) {
                String address = training.awaitReady();
                assertEquals(0, training.awaitExit(), training::toString);
                assertEquals("", training.stderr());
                assertTrue(address.startsWith("tcp://127.0.0.1:"), address);
            }
        }
    }

    /** The last modification time of the newest jar of the copy, in ms. */
    private static long newestJar(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            long newest = 0;
            for (Path jar : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(jar).toMillis());
            }
            return newest;
        }
    }

    /** A jar in a folder of bundles/ (e.g. the web view's). */
    private static Path nestedBundle(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("bundles"), 2)) {
            return files.filter(f -> f.getNameCount() - home.getNameCount() == 3 && f.toString().endsWith(".jar"))
                    .findFirst().orElseThrow();
        }
    }

    /** The classes a command's archive holds, as the JVM lists them. */
    private static String archived(Path home, String script, String... args) throws Exception {
        Map<String, String> print = new HashMap<>(WITH_ARCHIVE);
        print.put("BEDROCK_JAVA_OPTS", "-XX:+PrintSharedArchiveAndExit");
        ScriptRun listing = ScriptRun.start(home, null, print, script, args);
        listing.awaitExit();
        return listing.restOfStdout();
    }

    /** bin, lib (without lib/cds), bundles and modules of the built distribution, in a temporary folder. */
    private Path copyOfDistribution() throws IOException {
        Path source = Distribution.home();
        Path home = Files.createDirectories(dir.resolve("bedrock"));
        for (String part : new String[] {"bin", "lib", "bundles", "modules"}) {
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
