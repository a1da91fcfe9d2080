package bedrock.api.server;

import java.util.List;

/**
 * The outcome of a Jx9 query.
 *
 * @param value the returned value as JSON-like Java values (null when the script returned nothing)
 * @param json the same value as JSON text; a string result is a JSON string and an empty object
 *     stays {@code {}} (upstream returns raw strings and turns {@code {}} into {@code []})
 * @param warnings run-time warnings, each {@code <line> Warning: <message>}; the script went on
 *     after each of them, as Jx9 does
 */
public record QueryResult(Object value, String json, List<String> warnings) {

    public QueryResult {
        warnings = List.copyOf(warnings);
    }
}
