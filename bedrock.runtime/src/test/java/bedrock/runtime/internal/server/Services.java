package bedrock.runtime.internal.server;

import bedrock.api.json.Json;
import bedrock.api.server.SpecOptions;
import java.util.Map;

/** Starting services in tests, and reading their config the way upstream's tests compare it. */
final class Services {

    private Services() {
    }

    static BedrockService start(String specJson) {
        return BedrockService.start("tcp", specJson, SpecOptions.json(), TestModules.setup());
    }

    static BedrockService start(Map<String, ?> spec) {
        return start(Json.write(spec));
    }

    /** The config without {@code margo.mercury} and {@code margo.version}, as upstream's tests compare. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> cleaned(BedrockService service) {
        Map<String, Object> config = service.config();
        Map<String, Object> margo = (Map<String, Object>) config.get("margo");
        margo.remove("mercury");
        margo.remove("version");
        return config;
    }
}
