package bedrock.runtime.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.runtime.internal.jx9.Jx9CompileException;
import bedrock.runtime.internal.jx9.Jx9Limits;
import bedrock.runtime.internal.jx9.Jx9Result;
import bedrock.runtime.internal.jx9.Jx9Script;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Jx9 scripts from the corpus, mutated: each compiles or is refused with a
 * {@link Jx9CompileException}, and each compiled one ends within its limits with a result; no
 * other exception, no stack overflow.
 */
@Timeout(120)
class Jx9FuzzTest {

    private static final Jx9Limits LIMITS = new Jx9Limits(20_000, Duration.ofMillis(200), 64, 10_000);
    private static final List<String> TOKENS = List.of("(", ")", "{", "}", "[", "]", ";", "$x", "$a[0]",
            "=", "==", "===", "+", "-", "*", "/", "%", "..", ".", ",", "=>", "?", ":", "!", "&&", "||",
            "\"s\"", "'t'", "0", "-1", "1.5", "1e309", "9223372036854775807", "null", "true", "false",
            "return ", "if (", "else ", "while (", "for (", "foreach (", " as ", "function f(", "f(",
            "count(", "json_encode(", "json_decode(", "array(", "switch (", "case ", "break;", "{$x}",
            "\"{$x}\"", "<<<EOT\n", "\nEOT;\n", "/*", "*/", "//", "\\", "$");

    @Test
    void mutatedScriptsCompileOrFailCleanly() {
        long runs = new Fuzzer(Fuzzer.corpus("jx9"), TOKENS).run(Jx9FuzzTest::property);
        assertTrue(runs > 15, "ran " + runs);
    }

    private static void property(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        Jx9Script script;
        try {
            script = Jx9Script.compile(source);
        } catch (Jx9CompileException e) {
            SpecFuzzTest.assertClean(e.getMessage());
            return;
        }
        Map<String, Object> globals = new HashMap<>();
        globals.put("x", 1L);
        Jx9Result result = script.execute(globals, LIMITS);
        assertNotNull(result);
    }
}
