package bedrock.karaf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Apache Karaf, started from an unpacked distribution with its own {@code etc/}, {@code data/}
 * and log folders under a scratch directory (the distribution itself is never written to), driven
 * through {@code bin/client} over SSH as a user would. It listens on 127.0.0.1 only, on ephemeral ports,
 * and resolves {@code mvn:} URLs from its own {@code system/} folder and one given repository folder,
 * never from the network.
 */
final class KarafInstance implements AutoCloseable {

    /** Boot, SSH included, on a loaded machine. */
    private static final int BOOT_SECONDS = 60;
    private static final long COMMAND_SECONDS = 60;
    private static final long STOP_SECONDS = 20;

    private final Path home;
    private final Path base;
    private final int sshPort;
    private final Process process;

    private KarafInstance(Path home, Path base, int sshPort, Process process) {
        this.home = home;
        this.base = base;
        this.sshPort = sshPort;
        this.process = process;
    }

    /** A started Karaf (its SSH shell may still be coming up: the first {@link #run} waits for it). */
    static KarafInstance start(Path home, Path scratch, Path mavenRepository) throws IOException {
        Path etc = scratch.resolve("etc");
        copyTree(home.resolve("etc"), etc);
        Files.createDirectories(scratch.resolve("data"));
        Files.createDirectories(scratch.resolve("log"));
        int sshPort = freePort();
        configure(etc, scratch, mavenRepository, sshPort);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("karaf.out").toFile());
        environment(builder.environment(), scratch);
        return new KarafInstance(home, scratch, sshPort, builder.start());
    }

    private static void configure(Path etc, Path scratch, Path repository, int sshPort) throws IOException {
        append(etc.resolve("users.properties"), "karaf = karaf,_g_:admingroup",
                "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh");
        set(etc.resolve("org.apache.karaf.shell.cfg"), Map.of("sshHost", "127.0.0.1", "sshPort", "" + sshPort));
        set(etc.resolve("org.apache.karaf.management.cfg"), Map.of(
                "rmiRegistryPort", "" + freePort(), "rmiServerPort", "" + freePort()));
        // Replaces the stock file: no remote repository, nothing read from or written to ~/.m2.
        Files.write(etc.resolve("org.ops4j.pax.url.mvn.cfg"), List.of(
                "org.ops4j.pax.url.mvn.useFallbackRepositories = false",
                "org.ops4j.pax.url.mvn.localRepository = " + scratch.resolve("m2"),
                "org.ops4j.pax.url.mvn.defaultRepositories = "
                        + "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots, "
                        + repository.toUri() + "@id=bedrock@snapshots",
                "org.ops4j.pax.url.mvn.repositories = "), StandardCharsets.UTF_8);
    }

    /**
     * Runs one shell command through {@code bin/client} and returns what it printed (standard output
     * and error). Fails when the client exits non-zero (Karaf's exit status for a failed command).
     */
    String run(String command) throws IOException, InterruptedException {
        Result result = attempt(command);
        if (result.exitCode() != 0) {
            throw new AssertionError("'" + command + "' exited " + result.exitCode() + ":\n" + result.output()
                    + "\n--- Karaf log ---\n" + logTail());
        }
        return result.output();
    }

    /** Runs one shell command through {@code bin/client}, whatever its outcome. */
    Result attempt(String command) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new AssertionError("Karaf exited (" + process.exitValue() + ") before '" + command + "':\n"
                    + Files.readString(base.resolve("karaf.out")) + "\n--- Karaf log ---\n" + logTail());
        }
        Path output = Files.createTempFile(base, "client", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(),
                "-h", "127.0.0.1", "-a", Integer.toString(sshPort), "-u", "karaf", "-p", "karaf",
                "-r", Integer.toString(BOOT_SECONDS), "-d", "1", command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        environment(builder.environment(), base);
        Process client = builder.start();
        // The client ends its session as soon as its standard input ends: keep it open until it exits.
        try {
            if (!client.waitFor(BOOT_SECONDS + COMMAND_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("'" + command + "' did not finish within "
                        + (BOOT_SECONDS + COMMAND_SECONDS) + " s:\n" + Files.readString(output));
            }
        } finally {
            client.destroyForcibly();
            client.getOutputStream().close();
        }
        return new Result(client.exitValue(), Files.readString(output));
    }

    /** What {@code bin/client} printed, and its exit status. */
    record Result(int exitCode, String output) {
    }

    /** The last lines of Karaf's own log, for failure messages. */
    String logTail() {
        try (Stream<String> lines = Files.lines(base.resolve("log/karaf.log"))) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops Karaf (SIGTERM runs its shutdown), killing it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        process.destroy();
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }

    private static void environment(Map<String, String> env, Path scratch) {
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KARAF_ETC", scratch.resolve("etc").toString());
        env.put("KARAF_DATA", scratch.resolve("data").toString());
        env.put("KARAF_LOG", scratch.resolve("log").toString());
        env.put("CHECK_ROOT_INSTANCE_RUNNING", "false");
    }

    private static void append(Path file, String... lines) throws IOException {
        Files.writeString(file, "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Replaces the value of each key (a line {@code key = value}) in a Karaf configuration file. */
    private static void set(Path file, Map<String, String> values) throws IOException {
        String text = Files.readString(file);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Pattern line = Pattern.compile("(?m)^" + Pattern.quote(entry.getKey()) + "\\s*=.*$");
            if (!line.matcher(text).find()) {
                throw new IllegalStateException("no " + entry.getKey() + " in " + file);
            }
            text = line.matcher(text).replaceAll(Matcher.quoteReplacement(entry.getKey() + " = " + entry.getValue()));
        }
        Files.writeString(file, text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
