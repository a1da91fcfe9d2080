package bedrock.runtime.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.runtime.internal.server.Jx9Scripts;
import bedrock.runtime.internal.spec.DottedKeys;
import bedrock.runtime.internal.spec.IfConditions;
import bedrock.runtime.internal.spec.SpecCompleter;
import bedrock.runtime.internal.spec.SpecProblem;
import bedrock.runtime.internal.spec.SpecText;
import bedrock.runtime.internal.spec.SpecValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Specs from the corpus, mutated, through every step a daemon runs before creating anything:
 * parse, dotted keys, {@code __if__} (real Jx9), validation, completion. Each either passes or is
 * refused with a {@link BedrockException} that has a path and speaks of JSON, never of Java.
 */
@Timeout(120)
class SpecFuzzTest {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null",
            "true", "false", "0", "-1", "1e309", "65534", "9223372036854775808", "\"__if__\": ",
            "\"a.b\": ", "\"$x == 1\"", "\"name\": ", "\"pool\": ", "\"type\": ", "\"providers\": ",
            "\"margo\": ", "\"argobots\": ", "\"xstreams\": ", "\"pools\": ", "\"dependencies\": ",
            "\"rpc_thread_count\": ", "\\u0000", "\u00e9", "\"@tcp://127.0.0.1:1\"", "\"libraries\": ");

    private final Jx9Scripts scripts = new Jx9Scripts();

    @Test
    void mutatedSpecsAreRefusedCleanly() {
        long runs = new Fuzzer(Fuzzer.corpus("spec"), TOKENS).run(this::property);
        assertTrue(runs > 13, "ran " + runs);
    }

    private void property(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Object spec = IfConditions.filter(DottedKeys.expand(SpecText.parse(text)),
                    (expression, path) -> scripts.condition(expression, Map.of(), path));
            List<SpecProblem> problems = SpecValidator.validate(spec);
            for (SpecProblem problem : problems) {
                assertNotNull(problem.path(), problem::toString);
                assertClean(problem.message());
            }
            if (problems.isEmpty()) {
                assertNotNull(SpecCompleter.complete(spec));
            }
        } catch (BedrockException e) {
            assertTrue(e.path().isPresent(), () -> "no path: " + e.getMessage());
            assertFalse(e.getMessage().contains("line -1"), e::getMessage);
            assertClean(e.getMessage());
        }
    }

    static void assertClean(String message) {
        assertNotNull(message);
        assertFalse(message.matches("(?s).*\\bjava\\.[a-z]+\\.[A-Z].*"), () -> "Java class in: " + message);
    }
}
