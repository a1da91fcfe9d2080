package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Config, dependency and tag helpers shared by clients and providers (not exported API). */
final class Components {

    private Components() {
    }

    /** Deep-copies a JSON-like config object. */
    static Map<String, Object> copyConfig(Map<String, ?> config) {
        return Json.copyObject(Objects.requireNonNull(config, "config"), "/config");
    }

    /** Deep-copies a dependency map (values are kept as given; {@code validate()} checks them). */
    static Map<String, Object> copyDependencies(Map<String, ?> deps) {
        return Json.copyObject(Objects.requireNonNull(deps, "dependencies"), "/dependencies");
    }

    static List<String> copyTags(List<String> tags) {
        List<String> copy = new ArrayList<>(tags);
        copy.forEach(t -> Objects.requireNonNull(t, "tag"));
        return copy;
    }

    /** Reads {@code dependencies}: an object whose values are kept as JSON-like values. */
    static Map<String, Object> readDependencies(Fields f) {
        return f.has("dependencies") ? f.object("dependencies") : new LinkedHashMap<>();
    }

    /** Adds a problem for each dependency value that is neither a string nor a list of strings. */
    static void checkDependencies(List<BedrockException> out, Map<String, Object> deps, String owner,
            String path) {
        for (Map.Entry<String, Object> e : deps.entrySet()) {
            Object v = e.getValue();
            boolean ok = v instanceof String;
            if (v instanceof List) {
                ok = ((List<?>) v).stream().allMatch(x -> x instanceof String);
            }
            if (!ok) {
                out.add(new BedrockException("Invalid value " + Json.quote(v) + " for dependency "
                        + Json.quote(e.getKey()) + " of " + owner
                        + " (expected a string or an array of strings)",
                        Json.child(Json.child(path, "dependencies"), e.getKey())));
            }
        }
    }

    /** Adds a problem when a type name is empty. */
    static void checkType(List<BedrockException> out, String type, String owner, String path) {
        if (type.isEmpty()) {
            out.add(new BedrockException("Empty type for " + owner + " (expected a module name)",
                    Json.child(path, "type")));
        }
    }
}
