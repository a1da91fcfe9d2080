package bedrock.launcher.cli;

import bedrock.api.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads and initialises Jackson on a background thread while the daemon's main thread boots the
 * framework: the runtime reads the spec and writes the configuration with the host's Jackson (the
 * system bundle exports it), and its first mapper costs some 40 ms of class loading and
 * initialisation that the second core can do meanwhile. Nothing is kept.
 */
final class Preload {

    private static final String SAMPLE = "{\"a\":[1,2.5,\"s\",true,null,{\"b\":{}}],\"c\":-3}";

    private Preload() {
    }

    /** Starts the preload; returns at once. */
    static void start() {
        Thread thread = new Thread(() -> {
            try {
                Json.write(Json.parse(SAMPLE));
                new ObjectMapper().readTree(SAMPLE);
            } catch (Exception | LinkageError e) {
                // Only a lost head start: the same classes load again when the runtime needs them.
            }
        }, "bedrock-preload");
        thread.setDaemon(true);
        thread.start();
    }
}
