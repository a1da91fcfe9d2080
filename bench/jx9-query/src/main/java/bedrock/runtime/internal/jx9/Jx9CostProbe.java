package bedrock.runtime.internal.jx9;

/**
 * The conversion steps of {@link Jx9Script#execute}, exposed one by one so the benchmark can time
 * them apart from the interpreter. Lives in the interpreter's own package (a split package, which
 * a plain class path allows) because the conversions are package-private; it is benchmark code,
 * never shipped.
 */
public final class Jx9CostProbe {

    private Jx9CostProbe() {
    }

    /** What {@code execute} does to each global before a run: a deep copy into Jx9 values. */
    public static Object toJx9(Object javaValue) {
        return Json.fromJava(javaValue, 0);
    }

    /** What {@code execute} does to the returned value for {@link Jx9Result#value()}. */
    public static Object toJavaValue(Object jx9Value) {
        return Json.toJava(jx9Value, 0);
    }

    /** What {@code execute} does to the returned value for {@link Jx9Result#json()}. */
    public static String toJson(Object jx9Value) {
        return Json.encode(jx9Value);
    }
}
