package bedrock.runtime.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankTextIsAnEmptySpec(String text) {
        assertEquals(Map.of(), SpecText.parse(text));
    }

    @Test
    void nullTextIsAnEmptySpec() {
        assertEquals(Map.of(), SpecText.parse(null));
    }

    @Test
    void valuesHaveTheDocumentedJavaTypes() {
        Map<String, Object> spec = Json.asObject(SpecText.parse(
                "{\"b\": 1, \"a\": [1.5, true, null, \"x\"], \"big\": 123456789012345678901234567890}"));
        assertEquals(List.of("b", "a", "big"), List.copyOf(spec.keySet()), "member order kept");
        assertEquals(1L, spec.get("b"));
        assertEquals(java.util.Arrays.asList(1.5, true, null, "x"), spec.get("a"));
        assertInstanceOf(Double.class, spec.get("big"));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> SpecText.parse("{\n  \"a\": 1,\n  \"b\": }"));
        assertTrue(e.getMessage().startsWith("Invalid JSON in spec at line 3, column 8: "),
                e.getMessage());
        assertEquals("", e.path().orElseThrow());
    }

    @Test
    void duplicateMembersAreRefused() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> SpecText.parse("{\"a\": 1, \"a\": 2}"));
        assertTrue(e.getMessage().contains("Duplicate field 'a'"), e.getMessage());
    }

    @Test
    void trailingContentIsRefused() {
        assertThrows(BedrockException.class, () -> SpecText.parse("{} {}"));
    }

    @Test
    void upstreamsBrokenSpecIsRefused() {
        // Python's test_server.py: config="{[" must raise.
        BedrockException e = assertThrows(BedrockException.class, () -> SpecText.parse("{["));
        assertTrue(e.getMessage().startsWith("Invalid JSON in spec at line 1, column "),
                e.getMessage());
    }
}
