package bedrock.runtime.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecIfConditionsTest {

    @Test
    void evaluatorGetsTheExpressionAndThePathOfTheCondition() {
        List<String> calls = new ArrayList<>();
        Object out = IfConditions.filter(SpecText.parse(
                "{\"providers\": [{\"name\": \"a\"}, {\"name\": \"b\", \"__if__\": \"$x == 1\"}]}"),
                (expression, path) -> {
                    calls.add(expression + " @ " + path);
                    return false;
                });
        assertEquals(List.of("$x == 1 @ /providers/1/__if__"), calls);
        assertEquals(SpecText.parse("{\"providers\": [{\"name\": \"a\"}]}"), out);
    }

    @Test
    void prunedObjectsAreNotEnteredAndPathsAreThoseOfTheInput() {
        List<String> paths = new ArrayList<>();
        IfConditions.filter(SpecText.parse("[{\"__if__\": false, \"x\": {\"__if__\": \"a\"}},"
                + " {\"y\": {\"__if__\": \"b\"}}]"), (expression, path) -> {
                    paths.add(path);
                    return true;
                });
        assertEquals(List.of("/1/y/__if__"), paths);
    }

    @Test
    void keptObjectsLoseTheirCondition() {
        assertEquals(Map.of("a", Map.of("b", 1L)),
                IfConditions.filter(SpecText.parse("{\"a\": {\"__if__\": true, \"b\": 1}}"),
                        (e, p) -> true));
    }

    @Test
    void falseTopLevelConditionLeavesAnEmptySpec() {
        assertEquals(Map.of(), IfConditions.filter(
                SpecText.parse("{\"__if__\": false, \"libraries\": {}}"), (e, p) -> true));
    }

    @Test
    void wrongConditionTypeIsRefusedWithItsPath() {
        BedrockException e = assertThrows(BedrockException.class, () -> IfConditions.filter(
                SpecText.parse("{\"providers\": [{}, {\"__if__\": [true]}]}"), (x, p) -> true));
        assertEquals("/providers/1/__if__", e.path().orElseThrow());
        assertEquals("\"__if__\" condition should be a string or a boolean, got [true]",
                e.getMessage());
    }
}
