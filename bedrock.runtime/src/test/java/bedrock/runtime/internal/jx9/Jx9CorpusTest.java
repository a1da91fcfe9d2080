package bedrock.runtime.internal.jx9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the golden corpora in {@code src/test/resources/jx9}; {@code library-scripts.json} holds the
 * built-in library cases, {@code misc-scripts.json} the type, array, exit, JSON, string-byte and
 * time cases, {@code builtins-scripts.json} the engine's function table (function_exists, dump, rand,
 * extract, parse_url, ...) and {@code constants-scripts.json} the constant table, each answer taken
 * from the engine.
 */
class Jx9CorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> validScripts() throws IOException {
        return Stream.of(load("/jx9/valid-scripts.json"), load("/jx9/library-scripts.json"),
                load("/jx9/misc-scripts.json"), load("/jx9/builtins-scripts.json"),
                load("/jx9/functions-scripts.json").filter(c -> !((JsonNode) c.get()[1]).has("error")),
                load("/jx9/constants-scripts.json").filter(c -> !((JsonNode) c.get()[1]).has("error")))
                .flatMap(s -> s);
    }

    static Stream<Arguments> invalidScripts() throws IOException {
        return Stream.of(load("/jx9/invalid-scripts.json"),
                load("/jx9/functions-scripts.json").filter(c -> ((JsonNode) c.get()[1]).has("error")),
                load("/jx9/constants-scripts.json").filter(c -> ((JsonNode) c.get()[1]).has("error")))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> load(String resource) throws IOException {
        try (InputStream in = Jx9CorpusTest.class.getResourceAsStream(resource)) {
            JsonNode all = MAPPER.readTree(in);
            List<Arguments> cases = new ArrayList<>();
            for (JsonNode c : all) {
                cases.add(Arguments.of(c.get("test").asText(), c));
            }
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validScripts")
    void validScript(String name, JsonNode c) throws Exception {
        Jx9Script script = Jx9Script.compile(c.get("script").asText());
        Map<String, Object> globals = c.has("globals")
                ? MAPPER.convertValue(c.get("globals"), MAPPER.getTypeFactory()
                        .constructMapType(Map.class, String.class, Object.class))
                : Map.of();
        Jx9Result r = script.execute(globals, Jx9Limits.defaults());
        assertFalse(r.limitHit().isPresent(), () -> "limit hit: " + r.limitHit());
        JsonNode actual = MAPPER.readTree(r.json());
        JsonNode expected = c.get("result");
        assertTrue(sameJson(expected, actual), () -> "expected " + expected + " but got " + r.json());
        assertTrue(sameJson(actual, MAPPER.valueToTree(r.value())), "value() and json() disagree");
        if (c.has("output")) {
            assertEquals(c.get("output").asText(), r.output());
        }
        checkWarnings(c.get("warnings"), r.warnings());
    }

    private static void checkWarnings(JsonNode spec, List<Jx9Diagnostic> warnings) {
        if (spec == null) {
            assertEquals(List.of(), warnings, "unexpected run-time diagnostics");
        } else if (spec.isInt()) {
            assertEquals(spec.asInt(), warnings.size(), () -> "diagnostics: " + warnings);
        } else {
            for (JsonNode s : spec) {
                assertTrue(warnings.stream().anyMatch(w -> w.message().contains(s.asText())),
                        () -> "no diagnostic containing '" + s.asText() + "' in " + warnings);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidScripts")
    void invalidScript(String name, JsonNode c) {
        Jx9CompileException e = assertThrows(Jx9CompileException.class,
                () -> Jx9Script.compile(c.get("script").asText()));
        String expected = c.get("error").asText();
        assertTrue(e.getMessage().startsWith(expected),
                () -> "expected message starting with\n" + expected + "\nbut got\n" + e.getMessage());
        assertFalse(e.errors().isEmpty());
    }

    /** Structural equality where numbers compare by value (3 == 3.0) and object key order matters. */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            Iterator<String> an = a.fieldNames();
            Iterator<String> bn = b.fieldNames();
            while (an.hasNext()) {
                String k = an.next();
                if (!k.equals(bn.next()) || !sameJson(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
