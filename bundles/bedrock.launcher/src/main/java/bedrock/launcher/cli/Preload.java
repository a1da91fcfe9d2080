package bedrock.launcher.cli;

import bedrock.api.json.Json;
import java.util.logging.Logger;

/**
 * Does on a background thread, while the daemon's main thread reads its command line, what the
 * main thread needs next: java.util.logging's set-up and Jackson's streaming classes (the runtime
 * reads the spec and writes the configuration with the host's Jackson parser and generator; no
 * {@code ObjectMapper} is started on the way to the ready line). When the main thread gets there
 * first it does the work itself, or waits for this thread's result, never twice.
 *
 * <p>Not the framework's {@link bedrock.launcher.SystemPackages}: reading them opens every jar of
 * the class path for its manifest, which the class-data archive otherwise spares (some 25 ms of
 * CPU), and a daemon that boots no framework never needs them; the boot reads them itself.
 */
final class Preload {

    private static final String SAMPLE = "{\"a\":[1,2.5,\"s\",true,null,{\"b\":{}}],\"c\":-3}";

    private Preload() {
    }

    /** Starts the preload; returns at once. */
    static void start() {
        Thread thread = new Thread(() -> {
            try {
                Logger.getLogger("").getHandlers();
                Json.write(Json.parse(SAMPLE));
            } catch (Exception | LinkageError e) {
                // Only a lost head start: the same classes load again when the runtime needs them.
            }
        }, "bedrock-preload");
        thread.setDaemon(true);
        thread.start();
    }
}
