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
        assertTrue(e.getMessage().startsWith("Invalid JSON in spec at line 3, column 8 (in /b): "),
                e.getMessage());
        assertEquals("/b", e.path().orElseThrow());
    }

    @Test
    void malformedJsonNamesTheEnclosingItem() {
        BedrockException e = assertThrows(BedrockException.class, () -> SpecText.parse(
                "{\"providers\": [{\"name\": \"p\"}, {\"name\": \"q\", \"config\": {\"x\": tru}}]}"));
        assertEquals("/providers/1/config/x", e.path().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid JSON in spec at line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("(in /providers/1/config/x): "), e.getMessage());
    }

    @Test
    void tooDeepNestingGivesItsPosition() {
        String deep = "{\"a\":\n" + "[".repeat(1200) + "]".repeat(1200) + "}";
        BedrockException e = assertThrows(BedrockException.class, () -> SpecText.parse(deep));
        // The object is level 1: the 1000th bracket opens level 1001.
        assertEquals("Invalid JSON in spec at line 2, column 1000: nesting deeper than 1000 levels",
                e.getMessage());
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
