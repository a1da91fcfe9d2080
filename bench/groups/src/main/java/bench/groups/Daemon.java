package bench.groups;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One daemon process ({@code bin/bedrock tcp -c SPEC}; the script {@code exec}s the JVM, so the
 * process held is the JVM), with the times of its fork and of its ready line, its resident memory
 * and thread count from {@code /proc/PID/status}, and SIGKILL.
 */
final class Daemon implements AutoCloseable {

    private static final String READY = "Bedrock daemon now running at ";

    private final Process process;
    private final Path log;
    private final long forkNanos;
    private long readyNanos;
    private String address;

    private Daemon(Process process, Path log, long forkNanos) {
        this.process = process;
        this.log = log;
        this.forkNanos = forkNanos;
    }

    /** Forks a daemon; {@link #awaitReady()} waits for it to serve. */
    static Daemon fork(Path home, Path spec) throws IOException {
        Path log = Files.createTempFile("bench-groups-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/bedrock").toString(), "tcp", "-c",
                spec.toString())).redirectError(log.toFile());
        builder.environment().remove("BEDROCK_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        long now = System.nanoTime();
        return new Daemon(builder.start(), log, now);
    }

    /** Reads the ready line (the daemon prints nothing else on stdout); fails with its log if it ends first. */
    Daemon awaitReady() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(READY)) {
                readyNanos = System.nanoTime();
                address = line.substring(READY.length()).trim();
                return this;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("daemon exited before its ready line:\n" + Files.readString(log));
    }

    String address() {
        return address;
    }

    long forkNanos() {
        return forkNanos;
    }

    long readyNanos() {
        return readyNanos;
    }

    /** A field of /proc/PID/status as a number ({@code VmRSS} in kB, {@code Threads}). */
    long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + process.pid() + "/status");
    }

    /** SIGKILL, then waits (bounded) for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary log left behind is harmless
        }
    }
}
