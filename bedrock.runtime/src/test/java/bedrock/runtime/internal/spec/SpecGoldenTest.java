package bedrock.runtime.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the golden files: {@code spec/valid-specs.json} (input → completed output, without
 * {@code margo.mercury} and {@code margo.version}, as upstream's tests compare),
 * {@code spec/invalid-specs.json} (input → first problem's message substring and path, and the
 * number of problems) and {@code spec/runtime-invalid-specs.json} (specs only the runtime can
 * refuse, which must pass spec validation).
 */
class SpecGoldenTest {

    /** Stands in for the Jx9 evaluator: a few literal expressions. */
    static final ConditionEvaluator FAKE_EVALUATOR = (expression, path) -> switch (expression) {
        case "true", "1 == 1" -> true;
        case "false", "1 == 2" -> false;
        default -> throw new BedrockException("Unknown test condition " + expression, path);
    };

    static Stream<Arguments> valid() throws IOException {
        return cases("valid-specs.json");
    }

    static Stream<Arguments> invalid() throws IOException {
        return cases("invalid-specs.json");
    }

    static Stream<Arguments> runtimeInvalid() throws IOException {
        return cases("runtime-invalid-specs.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSpecIsCompleted(String name, Map<String, Object> golden) {
        Object spec = prepare(golden.get("input"));
        List<SpecProblem> problems = SpecValidator.validate(spec);
        assertEquals(List.of(), problems, "unexpected problems");
        SpecValidator.check(spec);

        Map<String, Object> completed = SpecCompleter.complete(spec);
        assertSortedKeys(completed, "");
        Map<String, Object> margo = Json.asObject(completed.get("margo"));
        assertEquals(MargoCompleter.VERSION, margo.remove("version"));
        assertTrue(margo.remove("mercury") instanceof Map, "margo.mercury");
        assertEquals(golden.get("output"), completed,
                () -> "completed spec differs:\n  expected " + Json.write(golden.get("output"))
                        + "\n  actual   " + Json.write(completed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSpecIsRefused(String name, Map<String, Object> golden) {
        List<SpecProblem> problems = problemsOf(golden.get("input"));
        assertFalse(problems.isEmpty(), "expected problems");
        SpecProblem first = problems.get(0);
        String error = (String) golden.get("error");
        assertTrue(first.message().contains(error),
                () -> "message " + Json.quote(first.message()) + " lacks " + Json.quote(error)
                        + "; all problems: " + problems);
        assertEquals(golden.get("path"), first.path(), () -> "all problems: " + problems);
        if (golden.containsKey("count")) {
            assertEquals(((Number) golden.get("count")).intValue(), problems.size(),
                    () -> "all problems: " + problems);
        }
        for (SpecProblem problem : problems) {
            assertTrue(problem.path().isEmpty() || problem.path().startsWith("/"), problem::path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void checkReportsEveryProblem(String name, Map<String, Object> golden) {
        List<SpecProblem> problems = problemsOf(golden.get("input"));
        Object spec;
        try {
            spec = prepare(golden.get("input"));
        } catch (BedrockException e) {
            return; // refused before validation: covered by invalidSpecIsRefused
        }
        BedrockException e = assertThrows(BedrockException.class, () -> SpecValidator.check(spec));
        assertEquals(problems.get(0).path(), e.path().orElseThrow());
        for (SpecProblem problem : problems) {
            assertTrue(e.getMessage().contains(problem.message()), e::getMessage);
        }
        if (problems.size() > 1) {
            assertTrue(e.getMessage().startsWith("Invalid spec: " + problems.size() + " problems:\n"),
                    e::getMessage);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimeInvalid")
    void runtimeOnlyProblemsPassSpecValidation(String name, Map<String, Object> golden) {
        assertEquals(List.of(), SpecValidator.validate(prepare(golden.get("input"))));
    }

    /** Parse-level steps of the runtime: dotted keys, then __if__ conditions. */
    static Object prepare(Object input) {
        return IfConditions.filter(DottedKeys.expand(input), FAKE_EVALUATOR);
    }

    static List<SpecProblem> problemsOf(Object input) {
        try {
            return SpecValidator.validate(prepare(input));
        } catch (BedrockException e) {
            return List.of(new SpecProblem(e.path().orElse(""), e.getMessage()));
        }
    }

    static void assertSortedKeys(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add((String) k));
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            assertEquals(sorted, keys, "keys not sorted at " + path);
            map.forEach((k, v) -> assertSortedKeys(v, path + "/" + k));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertSortedKeys(list.get(i), path + "/" + i);
            }
        }
    }

    static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = SpecGoldenTest.class.getResourceAsStream("/spec/" + resource)) {
            if (in == null) {
                fail("missing resource /spec/" + resource);
            }
            Object parsed = SpecText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Arguments> out = new ArrayList<>();
            for (Object c : Json.asArray(parsed)) {
                Map<String, Object> golden = Json.asObject(c);
                out.add(Arguments.of(golden.get("test"), golden));
            }
            return out.stream();
        }
    }
}
