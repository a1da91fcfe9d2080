package bedrock.launcher.cli;

import bedrock.launcher.EmbeddedServer;
import java.util.List;
import java.util.Map;

/**
 * Right after the ready line, one {@code bedrock_get_config} request from the daemon to itself on
 * loopback, on a background thread: a fresh daemon's first request pays for loading and linking
 * the classes of the whole request path (accept, channel set-up, decoding, the handler, writing
 * the configuration, encoding), 50–100 ms, which the first real client would otherwise wait for.
 * Reading the configuration changes nothing and needs no credential.
 */
final class WarmUp {

    /** Bounds the request: a daemon too busy to answer is not waited for. */
    private static final double TIMEOUT_SECONDS = 5;

    private WarmUp() {
    }

    /** Starts the request; returns at once. */
    static void start(EmbeddedServer server) {
        Thread thread = new Thread(() -> run(server), "bedrock-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Sends the request and waits for its answer (a training run does, so that the class-data
     * archive also holds the classes of the request path).
     */
    static void run(EmbeddedServer server) {
        // The answer is not read: any failure only means no warm-up.
        try {
            new OneShotClient(providerId(server), null, TIMEOUT_SECONDS).configs(List.of(server.address()));
        } catch (OneShotClient.TimedOut e) {
            // A daemon too busy to answer in time is simply not warmed up.
        }
    }

    /** The Bedrock provider id the daemon serves on ({@code bedrock.provider_id}, 0 by default). */
    static int providerId(EmbeddedServer server) {
        try {
            Object bedrock = server.config().get("bedrock");
            Object id = bedrock instanceof Map<?, ?> section ? section.get("provider_id") : null;
            return id instanceof Number number ? number.intValue() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
