package bedrock.api.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Loads the upstream-run records copied under src/test/resources/spec. */
final class Resources {

    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/spec/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> record(String name) {
        return Json.asObject(Json.parse(text(name)));
    }

    static Map<String, Object> output(String name) {
        return Json.asObject(record(name).get("output"));
    }

    static Map<String, Object> input(String name) {
        return Json.asObject(record(name).get("input"));
    }
}
