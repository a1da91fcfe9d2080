package bedrock.runtime.internal.spec;

/**
 * Evaluates the string form of an {@code __if__} condition (a Jx9 expression upstream).
 */
@FunctionalInterface
public interface ConditionEvaluator {

    /**
     * Evaluates {@code expression}.
     *
     * @param expression the condition text, e.g. {@code "$__ssg__.my_group.rank == 0"}
     * @param path the JSON Pointer of the {@code __if__} member, for error messages
     * @return whether the object holding the condition is kept
     */
    boolean test(String expression, String path);
}
