package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the spec enumerations from their JSON names (not exported API). */
final class Enums {

    private Enums() {
    }

    /**
     * Finds the constant whose JSON name is {@code value}.
     *
     * @param label what the value is, e.g. {@code pool kind}
     * @param owner how to name the owning item (e.g. {@code for pool "p1"}), or {@code null}
     */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> jsonName, String value,
            String label, String owner, String path) {
        for (E e : values) {
            if (jsonName.apply(e).equals(value)) {
                return e;
            }
        }
        String expected = Arrays.stream(values).map(jsonName).collect(Collectors.joining(", "));
        throw new BedrockException("Invalid " + label + " " + Json.quote(value)
                + (owner == null ? "" : " " + owner) + " (expected one of " + expected + ")", path);
    }
}
