package bench.bedrockrpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A daemon of the built distribution ({@code bin/bedrock tcp -c SPEC}; the script {@code exec}s the
 * JVM, so the process held is the daemon's JVM), up to its ready line; its resident memory and
 * thread count from {@code /proc}; SIGTERM on close.
 */
final class DistDaemon implements AutoCloseable {

    private static final String READY = "Bedrock daemon now running at ";

    private final Process process;
    private final Path log;
    private final String address;

    private DistDaemon(Process process, Path log, String address) {
        this.process = process;
        this.log = log;
        this.address = address;
    }

    static DistDaemon start(Path home, String spec) throws IOException {
        Path file = Files.writeString(Files.createTempFile("bench-spec-", ".json"), spec);
        Path log = Files.createTempFile("bench-daemon-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/bedrock").toString(), "tcp", "-c",
                file.toString())).redirectError(log.toFile());
        builder.environment().remove("BEDROCK_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(READY)) {
                    return new DistDaemon(process, log, line.substring(READY.length()).trim());
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        process.destroyForcibly();
        throw new IllegalStateException("daemon exited before its ready line:\n" + Files.readString(log));
    }

    String address() {
        return address;
    }

    /** {@code VmRSS} in MiB and {@code Threads} of the daemon's JVM, from /proc/PID/status. */
    double[] rssAndThreads() throws IOException {
        Map<String, String> status = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))
                .stream().filter(l -> l.contains(":"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(':')), l -> l.substring(l.indexOf(':') + 1).trim(),
                        (a, b) -> a));
        return new double[] {Double.parseDouble(status.get("VmRSS").split("\\s+")[0]) / 1024.0,
            Double.parseDouble(status.get("Threads"))};
    }

    /**
     * Asks the daemon to shut down through {@code service} and waits for its JVM to exit; the
     * milliseconds from the request to the exit.
     */
    double shutdownMillis(bedrock.api.client.ServiceHandle service) throws InterruptedException {
        long start = System.nanoTime();
        service.shutdown();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the daemon did not exit within 120 s of its shutdown request");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
