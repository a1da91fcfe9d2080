package bedrock.runtime.internal.spec;

/**
 * One problem found in a spec.
 *
 * @param path the JSON Pointer of the offending value ({@code ""} for the whole spec)
 * @param message what is wrong: names the item, quotes the value and says what was expected
 */
public record SpecProblem(String path, String message) {

    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + message;
    }
}
