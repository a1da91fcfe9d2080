package bedrock.runtime.internal.jx9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bound stops a runaway script quickly, without hanging or crashing the JVM. */
class Jx9LimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(2);

    private static Jx9Result run(String script, Jx9Limits limits) {
        return assertTimeoutPreemptively(QUICK, () -> Jx9Script.compile(script).execute(Map.of(), limits));
    }

    /** A million steps: enough to show the bound, quick even on a loaded machine. */
    private static final Jx9Limits SMALL = new Jx9Limits(1_000_000, Duration.ofSeconds(5), 256, 1 << 20);

    private static String limit(Jx9Result r) {
        assertTrue(r.limitHit().isPresent(), () -> "no limit hit: " + r);
        return r.limitHit().get();
    }

    @Test
    void infiniteLoopHitsStepLimit() {
        Jx9Result r = run("while (true) { $i++; }", SMALL);
        assertEquals("step limit of 1000000 exceeded", limit(r));
        assertNull(r.value());
    }

    @Test
    void selfReferentialConstantsEndWithTheRecursionLimit() {
        // Each use expands the definition again (the engine itself crashes on this script).
        Jx9Result r = run("const A = B + 1; const B = A; return A;", SMALL);
        assertTrue(limit(r).startsWith("recursion depth limit exceeded"), r::toString);
        assertNull(r.value());
    }

    @Test
    void emptyForLoopHitsStepLimit() {
        Jx9Result r = run("for (;;) { }", new Jx9Limits(1000, Duration.ofSeconds(5), 256, 1000));
        assertEquals("step limit of 1000 exceeded", limit(r));
    }

    @Test
    void infiniteLoopHitsTimeLimit() {
        Jx9Limits limits = new Jx9Limits(Long.MAX_VALUE, Duration.ofMillis(200), 256, 1 << 20);
        Jx9Result r = run("while (1) { $a = $a + 1; }", limits);
        assertEquals("time limit of 200 ms exceeded", limit(r));
    }

    @Test
    void infiniteRecursionYieldsNullWithAnError() {
        Jx9Result r = run("function f($n) { return f($n + 1); } return [f(0), \"after\"];", Jx9Limits.defaults());
        assertTrue(r.limitHit().isEmpty(), r::toString);
        assertEquals(java.util.Arrays.asList(null, "after"), r.value());
        assertTrue(r.warnings().get(0).message().startsWith("Recursion limit of 256 reached while calling function 'f'"),
                r::toString);
    }

    @Test
    void deepButBoundedRecursionIsFine() {
        Jx9Result r = run("function d($n) { return $n == 0 ? 0 : 1 + d($n - 1); } return d(200);",
                Jx9Limits.defaults());
        assertEquals(200L, r.value());
    }

    @Test
    void recursionThroughCallbacksIsCounted() {
        Jx9Result r = run("function g($x) { return array_map('g', [$x]); } return g(1);", Jx9Limits.defaults());
        assertTrue(r.limitHit().isEmpty(), r::toString);
        assertTrue(r.warnings().get(0).message().startsWith("Recursion limit of 256 reached"), r::toString);
    }

    @Test
    void hugeOutputIsBounded() {
        Jx9Limits limits = new Jx9Limits(10_000_000, Duration.ofSeconds(5), 256, 1000);
        Jx9Result r = run("while (true) { print 'abcdefghij'; }", limits);
        assertEquals("output limit of 1000 characters exceeded", limit(r));
        assertEquals(1000, r.output().length());
    }

    @Test
    void stringDoublingIsBounded() {
        Jx9Result r = run("$s = 'x'; while (true) { $s = $s .. $s; }", SMALL);
        assertTrue(limit(r).startsWith("string size limit"), r::toString);
    }

    @Test
    void strRepeatIsBounded() {
        Jx9Result r = run("return str_repeat('abc', 1000000000);", Jx9Limits.defaults());
        assertTrue(limit(r).startsWith("string size limit"), r::toString);
    }

    @Test
    void hugeRangeIsBoundedBySteps() {
        Jx9Result r = run("return count(range(1, 1000000000));", SMALL);
        assertEquals("step limit of 1000000 exceeded", limit(r));
    }

    @Test
    void cyclicArrayDoesNotHang() {
        Jx9Result r = run("$a = [1]; $a[] = $a; $b = array_copy($a); return count($a);", Jx9Limits.defaults());
        assertEquals(2L, r.value());
    }

    @Test
    void cyclicArrayCanBeReturned() {
        Jx9Result r = run("$a = {x: 1}; $a['self'] = $a; return $a;", Jx9Limits.defaults());
        assertTrue(r.json().startsWith("{\"x\":1,\"self\":{\"x\":1,\"self\":"), r::json);
    }

    @Test
    void limitsAreIndependentPerExecution() throws Exception {
        Jx9Script s = Jx9Script.compile("for ($i = 0; $i < 600; $i++) { } return $i;");
        Jx9Limits limits = new Jx9Limits(1000, Duration.ofSeconds(5), 256, 1000);
        assertEquals(600L, s.execute(Map.of(), limits).value());
        assertEquals(600L, s.execute(Map.of(), limits).value());
    }
}
