package bedrock.module.flock;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flock provider's configuration, checked with upstream's messages:
 * {@code {"bootstrap": "self" | "join" | [...], "file": "...", "group": {"type": ..., "config": {...}}}}.
 * Error paths are relative to the provider's {@code config} object.
 */
record FlockConfig(List<String> bootstrap, String file, String groupType, GroupSettings group) {

    static final List<String> METHODS = List.of("self", "join", "mpi");

    static FlockConfig parse(Map<String, Object> config) {
        List<String> bootstrap = bootstrap(config.get("bootstrap"));
        Object file = config.get("file");
        if (file != null && !(file instanceof String)) {
            throw new BedrockException("[flock] \"file\" field should be a string, got " + Json.write(file), "file");
        }
        String path = (String) file;
        if (bootstrap.contains("join") && (path == null || path.isEmpty())) {
            throw new BedrockException("[flock] \"file\" field not found (or is not a string) required to join the group",
                    "file");
        }
        Map<?, ?> group = config.get("group") instanceof Map<?, ?> g ? g : null;
        if (config.containsKey("group") && group == null) {
            throw new BedrockException("[flock] \"group\" field should be an object, got "
                    + Json.write(config.get("group")), "group");
        }
        Object type = group == null ? null : group.get("type");
        if (!(type instanceof String t) || t.isEmpty()) {
            throw new BedrockException("[flock] No backend type provided (expected \"group\": {\"type\": "
                    + "\"static\", \"centralized\" or \"swim\"})", group == null ? "group" : "group/type");
        }
        GroupSettings settings = GroupSettings.parse(t, group.get("config"));
        if (t.equals("static") && bootstrap.size() == 1 && bootstrap.get(0).equals("join")) {
            throw new BedrockException("[flock] A \"static\" group cannot be joined (bootstrap \"join\"): "
                    + "its members are fixed when it is created", "bootstrap");
        }
        return new FlockConfig(bootstrap, path == null ? "" : path, t, settings);
    }

    private static List<String> bootstrap(Object value) {
        if (value == null) {
            throw new BedrockException("[flock] \"bootstrap\" field not found in provider configuration", "bootstrap");
        }
        List<String> methods = new ArrayList<>();
        if (value instanceof String s) {
            methods.add(s);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s)) {
                    throw new BedrockException("[flock] \"bootstrap\" array should only contain strings, got "
                            + Json.write(list.get(i)), "bootstrap/" + i);
                }
                methods.add(s);
            }
        } else {
            throw new BedrockException("[flock] \"bootstrap\" field should be of type string or array, got "
                    + Json.write(value), "bootstrap");
        }
        for (int i = 0; i < methods.size(); i++) {
            if (!METHODS.contains(methods.get(i))) {
                throw new BedrockException("[flock] Invalid value " + Json.write(methods.get(i))
                        + " for \"bootstrap\" field (expected \"self\", \"join\" or \"mpi\")",
                        value instanceof String ? "bootstrap" : "bootstrap/" + i);
            }
        }
        return List.copyOf(methods);
    }

    /** The configuration as the provider reports it: what was given, with defaults filled in. */
    Map<String, Object> effective() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bootstrap", bootstrap.size() == 1 ? bootstrap.get(0) : bootstrap);
        out.put("file", file);
        out.put("group", Map.of("type", groupType, "config", group.toMap()));
        return out;
    }
}
