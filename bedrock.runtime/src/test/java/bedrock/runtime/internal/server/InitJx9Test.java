package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bedrock.api.json.Json;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.spec.SpecCompleter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upstream's InitJx9 case over every valid golden spec: the spec wrapped in a script that prints,
 * reads an undefined variable and returns it gives the same completed configuration as the JSON.
 */
class InitJx9Test {

    private static final Map<String, String> USER = Map.of("user", "{\"name\":\"Matthieu\",\"year\":2023,"
            + "\"bool\":true,\"float\":1.23,\"array\":[],\"netagive\":-1}");

    @SuppressWarnings("unchecked")
    static Stream<Arguments> validSpecs() throws IOException {
        try (InputStream in = InitJx9Test.class.getResourceAsStream("/spec/valid-specs.json")) {
            List<Map<String, Object>> cases = (List<Map<String, Object>>) Json.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return cases.stream().map(c -> Arguments.of(c.get("test"), c.get("input")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSpecs")
    void scriptReturningTheSpecGivesTheSameConfig(String name, Object input) {
        SpecReader reader = new SpecReader(new Jx9Scripts());
        String json = Json.write(input);
        String script = "print \"Hello from JX9, \", $user.name, JX9_EOL; print $a, JX9_EOL; $config = "
                + json + "; return $config;";
        Object fromJson = reader.read(json, SpecOptions.json());
        Object fromJx9 = reader.read(script, SpecOptions.jx9(USER));
        assertEquals(SpecCompleter.complete(fromJson), SpecCompleter.complete(fromJx9));
    }
}
