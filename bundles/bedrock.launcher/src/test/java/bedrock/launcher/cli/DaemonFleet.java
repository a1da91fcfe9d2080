package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.json.Json;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.Distribution;
import bedrock.launcher.EmbeddedFramework;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Daemons of one test, started from the distribution's {@code bin/bedrock} on 127.0.0.1 (ephemeral
 * ports), a Java client to ask them (in an embedded framework, started on first use), and POSIX
 * signals to crash or hang them. {@link #close()} kills every daemon still running, stopped ones
 * included, and waits (bounded) for each to be gone.
 */
final class DaemonFleet implements AutoCloseable {

    /** Bound on a call to a daemon: a stopped one must not hold a poll for long. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private static final Duration POLL = Duration.ofMillis(50);

    private final Path dir;
    private final List<ScriptRun> daemons = new ArrayList<>();
    private EmbeddedFramework framework;
    private Client client;

    DaemonFleet(Path dir) {
        this.dir = dir;
    }

    /**
     * Starts one daemon per spec, all at once, and waits (bounded) for every ready line.
     *
     * @return the daemons, in the order of the specs
     */
    List<ScriptRun> start(List<?> specs) throws Exception {
        List<ScriptRun> started = new ArrayList<>();
        for (Object spec : specs) {
            Path file = Files.writeString(Files.createTempFile(dir, "spec-", ".json"), Json.write(spec));
            ScriptRun daemon = ScriptRun.start(Map.of(), "bedrock", "tcp", "-c", file.toString());
            daemons.add(daemon);
            started.add(daemon);
        }
        for (ScriptRun daemon : started) {
            daemon.awaitReady();
        }
        return started;
    }

    /** Starts one daemon and waits (bounded) for its ready line. */
    ScriptRun start(Object spec) throws Exception {
        return start(List.of(spec)).get(0);
    }

    /** A client with a short call timeout, shared by the fleet's tests. */
    Client client() {
        if (client == null) {
            framework = EmbeddedFramework.start(BedrockHome.bundles(Distribution.home()), Map.of());
            client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(20))
                    .create(Client.ClientOptions.defaults().withTimeout(CALL_TIMEOUT));
        }
        return client;
    }

    /** Sends a signal ({@code STOP}, {@code CONT}, {@code KILL}) with kill(1). */
    static void signal(ScriptRun daemon, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(daemon.handle().pid()))
                .redirectErrorStream(true).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS), "kill -" + signal + " did not return");
        assertEquals(0, kill.exitValue(), () -> "kill -" + signal + ": " + output(kill));
    }

    /** Sends SIGKILL and waits (bounded) until the process is gone. */
    static void crash(ScriptRun daemon) throws Exception {
        daemon.kill();
    }

    /**
     * Polls {@code poll} until {@code done} accepts its value, for at most {@code bound}; fails
     * naming {@code what} and the last value (or error) seen.
     */
    static <T> T await(Duration bound, String what, Callable<T> poll, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Object last = null;
        while (true) {
            try {
                T value = poll.call();
                if (done.test(value)) {
                    return value;
                }
                last = value;
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                return fail("not within " + bound + ": " + what + "; last seen: " + last);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (ScriptRun daemon : daemons) {
            // SIGKILL ends a stopped process too.
            daemon.close();
        }
        for (ScriptRun daemon : daemons) {
            if (!daemon.handle().onExit().toCompletableFuture().isDone()) {
                try {
                    daemon.handle().onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (client != null) {
            client.close();
        }
        if (framework != null) {
            framework.close();
        }
        if (first != null) {
            throw first;
        }
    }
}
