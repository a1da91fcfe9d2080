package bench.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One daemon process ({@code bin/bedrock tcp -c SPEC}), timed from the fork of its script to the
 * ready line on its standard output. Closing sends SIGTERM (the script {@code exec}s the JVM, so
 * the process we hold is the JVM) and waits for the exit.
 */
final class Daemon implements AutoCloseable {

    static final String READY = "Bedrock daemon now running at ";

    private final Process process;
    private final Path log;
    private final double readyMillis;
    private final double cpuMillis;
    private final String address;

    private Daemon(Process process, Path log, double readyMillis, double cpuMillis, String address) {
        this.process = process;
        this.log = log;
        this.readyMillis = readyMillis;
        this.cpuMillis = cpuMillis;
        this.address = address;
    }

    /** Starts a daemon and returns once it printed its ready line. */
    static Daemon start(Distribution dist, Path spec, boolean cds, String javaOpts) throws IOException {
        Path log = Files.createTempFile("bench-daemon", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(dist.bin("bedrock").toString(), "tcp", "-c",
                spec.toString())).redirectErrorStream(false).redirectError(log.toFile());
        environment(builder.environment(), cds, javaOpts);
        long start = System.nanoTime();
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(READY)) {
                double millis = (System.nanoTime() - start) / 1e6;
                // CPU is what the machine's load does not inflate (much): the JVM's own work.
                double cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                return new Daemon(process, log, millis, cpu, line.substring(READY.length()).trim());
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("daemon exited before its ready line:\n" + Files.readString(log));
    }

    /** The environment of a measured command: CDS on or off, nothing inherited that changes the JVM. */
    static void environment(Map<String, String> env, boolean cds, String javaOpts) {
        env.remove("BEDROCK_JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        if (cds) {
            env.remove("BEDROCK_NO_CDS");
        } else {
            env.put("BEDROCK_NO_CDS", "1");
        }
        if (javaOpts != null) {
            env.put("BEDROCK_JAVA_OPTS", javaOpts);
        }
    }

    double readyMillis() {
        return readyMillis;
    }

    /** User + system CPU of the JVM up to the ready line (all its threads). */
    double cpuMillis() {
        return cpuMillis;
    }

    String address() {
        return address;
    }

    /** SIGTERM, then waits; returns the milliseconds the daemon took to exit. */
    double stop() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("daemon ignored SIGTERM for 30 s");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Waits for the daemon to exit by itself (after bedrock-shutdown). */
    void awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("daemon still running 30 s after bedrock-shutdown");
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }
}
