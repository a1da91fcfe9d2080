package bedrock.launcher.cli;

import bedrock.launcher.EmbeddedServer;
import java.util.List;

/**
 * What the daemon's class-data training run ({@code --exit-when-ready}, {@code lib/launch.sh})
 * does once ready: it asks itself over loopback for its configuration, then to shut down, and
 * waits for that stop. The archive then also holds the classes of a first request (accept,
 * decoding, the handler, encoding: some 150 classes of the runtime and Netty that every fresh
 * daemon otherwise loads from its jars) and of a remote shutdown's answer and stop.
 */
final class DaemonTraining {

    /** Bounds each request: a training run too slow to answer trains without them. */
    private static final double TIMEOUT_SECONDS = 5;

    private DaemonTraining() {
    }

    /**
     * Sends the two requests; returns once the daemon stopped, or at once when it did not accept
     * the shutdown (e.g. it requires a credential), leaving the caller to close it.
     */
    static void serveRequests(EmbeddedServer server) throws InterruptedException {
        OneShotClient self = new OneShotClient(WarmUp.providerId(server), null, TIMEOUT_SECONDS);
        try {
            self.configs(List.of(server.address()));
            if (self.shutdown(server.address())) {
                server.awaitShutdown();
            }
        } catch (OneShotClient.TimedOut e) {
            // Trained without the request path; the caller closes the daemon.
        }
    }
}
