package bedrock.runtime.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDottedKeysTest {

    private static Object expand(String json) {
        return DottedKeys.expand(SpecText.parse(json));
    }

    @Test
    void dottedKeysNestAndMergeWithSiblings() {
        assertEquals(SpecText.parse("{\"a\": {\"x\": 1, \"b\": {\"c\": 2, \"d\": 3}}, \"e\": 4}"),
                expand("{\"a\": {\"x\": 1}, \"a.b.c\": 2, \"a.b.d\": 3, \"e\": 4}"));
    }

    @Test
    void mergedObjectKeepsThePositionOfItsFirstMember() {
        Object out = expand("{\"z.a\": 1, \"y\": 2, \"z.b\": 3}");
        assertEquals(List.of("z", "y"), List.copyOf(Json.asObject(out).keySet()));
    }

    @Test
    void arraysAreNotEntered() {
        assertEquals(SpecText.parse("{\"p\": [{\"a.b\": 1}]}"), expand("{\"p\": [{\"a.b\": 1}]}"));
    }

    @Test
    void inputIsNotModified() {
        Object in = SpecText.parse("{\"a.b\": 1}");
        DottedKeys.expand(in);
        assertEquals(SpecText.parse("{\"a.b\": 1}"), in);
    }

    @Test
    void conflictGivesThePathOfTheDottedMember() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> expand("{\"m\": {\"a\": 1, \"a.b\": 2}}"));
        assertEquals("/m/a.b", e.path().orElseThrow());
    }

    @Test
    void nonObjectsAreReturnedAsIs() {
        assertEquals(List.of(1L), DottedKeys.expand(List.of(1)));
        assertEquals("x", DottedKeys.expand("x"));
    }
}
