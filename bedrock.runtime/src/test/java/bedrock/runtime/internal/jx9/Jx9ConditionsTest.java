package bedrock.runtime.internal.jx9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bedrock's {@code __if__} conditions. */
class Jx9ConditionsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "false | false",
        "true | true",
        "1 == 1 | true",
        "1 == 2 | false",
        "'false' | false",
        "'0' | false",
        "'no' | true",
        "1 | true",
        "0 | false",
        "[] | false",
        "[0] | true",
        "$undefined | false",
        "!$undefined | true",
    })
    void constantConditions(String expression, boolean expected) throws Jx9CompileException {
        assertEquals(expected, Jx9Conditions.evaluate(expression, Map.of()));
    }

    @Test
    void rankConditionUsesGlobals() throws Jx9CompileException {
        Map<String, Object> rank0 = Map.of("x", Map.of("rank", 0));
        Map<String, Object> rank1 = Map.of("x", Map.of("rank", 1));
        assertTrue(Jx9Conditions.evaluate("$x.rank == 0", rank0));
        assertFalse(Jx9Conditions.evaluate("$x.rank == 0", rank1));
    }

    @Test
    void legacySsgCondition() throws Jx9CompileException {
        Map<String, Object> g = Map.of("__ssg__", Map.of("my_group", Map.of("rank", 0)));
        assertTrue(Jx9Conditions.evaluate("$__ssg__.my_group.rank == 0", g));
    }

    @Test
    void mpiWorldNullMakesRankTestFalse() throws Jx9CompileException {
        Map<String, Object> g = new HashMap<>();
        g.put("MPI_COMM_WORLD", null);
        assertFalse(Jx9Conditions.evaluate("$MPI_COMM_WORLD.rank == 1", g));
        assertTrue(Jx9Conditions.evaluate("$MPI_COMM_WORLD == null", g));
    }

    @Test
    void badConditionFailsToCompile() {
        Jx9CompileException e = assertThrows(Jx9CompileException.class,
                () -> Jx9Conditions.evaluate("1 +", Map.of()));
        assertEquals("Jx9 script failed to compile: 1 Error: '+': Missing operand", e.getMessage());
    }

    @Test
    void runawayConditionIsFalse() throws Jx9CompileException {
        assertFalse(Jx9Conditions.evaluate("count(range(1, 100000000)) > 0", Map.of()));
    }
}
