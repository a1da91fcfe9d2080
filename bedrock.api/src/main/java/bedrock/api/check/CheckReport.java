package bedrock.api.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a check found.
 *
 * @param problems every problem, in the order of the spec; empty when the spec is valid
 * @param completed the spec as the runtime would complete it (defaults filled in, implicit clients
 *     listed, dependencies normalised, local handles as {@code client->type:id@local}); empty when
 *     the spec's text or structure is invalid
 */
public record CheckReport(List<Problem> problems, Map<String, Object> completed) {

    /** One problem: its JSON Pointer into the spec ({@code ""} for the whole spec) and the message. */
    public record Problem(String path, String message) {
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        /** {@code message (at /path)}. */
        @Override
        public String toString() {
            return path.isEmpty() ? message : message + " (at " + path + ")";
        }
    }

    public CheckReport {
        problems = List.copyOf(problems);
        completed = completed == null ? Map.of() : completed;
    }

    /** Whether no problem was found. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
