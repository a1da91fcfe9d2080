package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bedrock.launcher.Distribution;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A bin/ script of the distribution run as a process, with bounded waits on its output and exit. */
final class ScriptRun implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private static final String READY = "Bedrock daemon now running at ";

    private final Process process;
    private volatile String address;
    private Object pushedBack;
    private static final Object END = new Object();
    private final java.util.concurrent.BlockingQueue<Object> lines = new java.util.concurrent.LinkedBlockingQueue<>();
    private final CompletableFuture<String> err;

    private ScriptRun(Process process) {
        this.process = process;
        // One thread drains stdout as it comes: reading a process's stream after it exited races
        // with the JDK closing it.
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // end of output
            } finally {
                lines.add(END);
            }
        }, "stdout-reader");
        reader.setDaemon(true);
        reader.start();
        this.err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    /** Starts {@code bin/<script> args...}; no class-data archive, so every run is alike. */
    static ScriptRun start(String script, String... args) throws IOException {
        return start(Map.of(), script, args);
    }

    /** Starts {@code bin/<script> args...} with extra environment variables (null values unset). */
    static ScriptRun start(Map<String, String> env, String script, String... args) throws IOException {
        return start(null, env, script, args);
    }

    /**
     * Starts {@code bin/<script> args...} in a working directory (null: this JVM's) with extra
     * environment variables.
     */
    static ScriptRun start(Path workDir, Map<String, String> env, String script, String... args) throws IOException {
        return start(Distribution.home(), workDir, env, script, args);
    }

    /** Starts {@code bin/<script> args...} of the distribution (or a copy of it) in {@code home}. */
    static ScriptRun start(Path home, Path workDir, Map<String, String> env, String script, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve(script).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BEDROCK_NO_CDS", "1");
        // A null value unsets the variable (e.g. BEDROCK_NO_CDS, to measure with the archive).
        env.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        return new ScriptRun(builder.start());
    }

    /**
     * Starts a daemon and waits (bounded) for its ready line.
     *
     * @return the running daemon; its address is {@link #address()}
     */
    static ScriptRun daemon(String... args) throws Exception {
        return daemon(Map.of(), args);
    }

    /** Starts a daemon with extra environment variables and waits for its ready line. */
    static ScriptRun daemon(Map<String, String> env, String... args) throws Exception {
        ScriptRun run = start(env, "bedrock", args);
        try {
            run.awaitReady();
            return run;
        } catch (Exception | Error e) {
            run.close();
            throw e;
        }
    }

    /** Runs a script to completion (bounded). */
    static ScriptRun run(String script, String... args) throws Exception {
        ScriptRun run = start(script, args);
        run.awaitExit();
        return run;
    }

    /** The next line on stdout, waiting at most {@link #READY_TIMEOUT}; null at end of output. */
    String readLine() throws Exception {
        Object line = pushedBack != null ? pushedBack : lines.poll(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            process.destroyForcibly();
            return fail("no output within " + READY_TIMEOUT + "; stderr: " + stderr());
        }
        pushedBack = null;
        return line == END ? null : (String) line;
    }

    /**
     * Waits up to {@code wait} for a line on stdout; true if none came (the process may still
     * have ended silently), for asserting that something has not happened yet. A line that did come is kept for
     * {@link #readLine()}.
     */
    boolean silentFor(Duration wait) throws InterruptedException {
        Object line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            return true;
        }
        pushedBack = line;
        return false;
    }

    /** Everything left on stdout, once the process has closed it (bounded). */
    String restOfStdout() throws Exception {
        StringBuilder text = new StringBuilder();
        for (String line; (line = readLine()) != null; ) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * Waits (bounded) for the daemon's ready line and returns the address it names; fails when the
     * process ends first, with its stderr.
     */
    String awaitReady() throws Exception {
        String line = readLine();
        // stderr is read only on failure: reading it waits for the process to close it.
        if (line == null) {
            return fail("the daemon ended without its ready line (exit " + awaitExit() + "); stderr: " + stderr());
        }
        if (!line.startsWith(READY)) {
            return fail("unexpected first line \"" + line + "\"");
        }
        address = line.substring(READY.length());
        assertTrue(address.startsWith("tcp://127.0.0.1:"), address);
        return address;
    }

    /** The address of the ready line; null before {@link #awaitReady()}. */
    String address() {
        return address;
    }

    /** Whether the process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The process, e.g. for its pid or command line. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends SIGKILL and waits (bounded) until the process is gone. */
    void kill() throws Exception {
        process.destroyForcibly();
        assertTrue(process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "SIGKILL did not end the process");
    }

    /** Writes text to the process's stdin and closes it. */
    void closeStdin(String text) throws IOException {
        try (var in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Sends SIGTERM. */
    void terminate() {
        process.destroy();
    }

    /** Waits (bounded) for the exit status. */
    int awaitExit() throws Exception {
        boolean done = process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, "the process did not exit within " + READY_TIMEOUT);
        return process.exitValue();
    }

    /** What the process wrote on stderr (waits for it to close its stderr). */
    String stderr() throws Exception {
        try {
            return err.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return "(stderr still open)";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    static Path home() {
        return Distribution.home();
    }

    /** A module bundle of the distribution, by absolute path (specs in temp folders resolve nothing else). */
    static String module(String jar) {
        return Distribution.home().resolve("modules").resolve(jar).toString();
    }

    /**
     * A TCP address on 127.0.0.1 that was free a moment ago: the port of a socket bound to port 0
     * and closed again. For daemons whose address another spec must name before they start.
     */
    static String freeAddress() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            return "tcp://127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** The exit status and stderr, for assertion messages (waits for stderr to close). */
    String describe() {
        try {
            return "exit " + (process.isAlive() ? "(running)" : process.exitValue()) + "; stderr: " + stderr();
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }
}
