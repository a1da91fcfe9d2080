package bedrock.module.c;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.module.Dependency;
import bedrock.api.module.Dependency.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the dependency declarations of a {@code module_c} config. The key holds an array of
 * objects {@code {name, type, kind, is_required, is_array}}: {@code name} and {@code type} are
 * required strings; {@code kind} is {@code client}, {@code provider} or {@code provider_handle}
 * (default {@code provider_handle}; Bedrock ignores it for pools, xstreams, abt_io and ssg);
 * {@code is_required} and {@code is_array} are booleans defaulting to false. Upstream's
 * {@code is_updatable} is accepted and ignored. A missing key declares no dependencies.
 */
final class ExpectedDependencies {

    private ExpectedDependencies() {
    }

    /** The dependencies declared under {@code key}, in order. */
    static List<Dependency> read(Map<String, Object> config, String key) {
        Object value = config.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            throw new BedrockException("module_c: \"" + key + "\" should be an array, got "
                    + Json.write(value));
        }
        List<Dependency> dependencies = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String where = key + "[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new BedrockException("module_c: " + where + " should be an object, got "
                        + Json.write(entries.get(i)));
            }
            dependencies.add(toDependency(entry, where));
        }
        return List.copyOf(dependencies);
    }

    private static Dependency toDependency(Map<?, ?> entry, String where) {
        String name = requiredString(entry, "name", where);
        String type = requiredString(entry, "type", where);
        Kind kind = kind(entry.get("kind"), name, where);
        boolean required = flag(entry, "is_required", where);
        boolean array = flag(entry, "is_array", where);
        return new Dependency(name, type, kind, required, array);
    }

    private static String requiredString(Map<?, ?> entry, String field, String where) {
        Object value = entry.get(field);
        if (!(value instanceof String s) || s.isEmpty()) {
            throw new BedrockException("module_c: " + where + "." + field
                    + " should be a non-empty string, got " + Json.write(value));
        }
        return s;
    }

    private static Kind kind(Object value, String name, String where) {
        if (value == null) {
            return Kind.PROVIDER_HANDLE;
        }
        for (Kind kind : Kind.values()) {
            if (kind.jsonName().equals(value)) {
                return kind;
            }
        }
        throw new BedrockException("module_c: invalid kind " + Json.write(value)
                + " for dependency \"" + name + "\" in " + where
                + " (expected \"client\", \"provider\" or \"provider_handle\")");
    }

    private static boolean flag(Map<?, ?> entry, String field, String where) {
        Object value = entry.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new BedrockException("module_c: " + where + "." + field
                    + " should be a boolean, got " + Json.write(value));
        }
        return b;
    }
}
