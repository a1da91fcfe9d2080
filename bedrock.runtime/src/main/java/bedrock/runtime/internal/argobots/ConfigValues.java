package bedrock.runtime.internal.argobots;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads fields of the JSON-like maps (String, Number, Boolean, List, Map values) handed to the registry. */
final class ConfigValues {

    private ConfigValues() {
    }

    static String string(Map<String, ?> map, String key, String fallback, String path) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String s) {
            return s;
        }
        throw new BedrockException("Invalid \"" + key + "\" value " + value + " (expected a string)",
                path + "/" + key);
    }

    static Map<String, ?> object(Map<String, ?> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) m;
            return typed;
        }
        throw new BedrockException("Invalid \"" + key + "\" value " + value + " (expected an object)",
                path + "/" + key);
    }

    static List<?> list(Map<String, ?> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw new BedrockException("Invalid \"" + key + "\" value " + value + " (expected an array)",
                path + "/" + key);
    }

    static List<Map<String, ?>> objects(Map<String, ?> map, String key, String path) {
        List<Map<String, ?>> result = new ArrayList<>();
        List<?> items = list(map, key, path);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> m)) {
                throw new BedrockException("Invalid item " + items.get(i) + " in \"" + key
                        + "\" (expected an object)", path + "/" + key + "/" + i);
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) m;
            result.add(typed);
        }
        return result;
    }

    static List<Integer> integers(Map<String, ?> map, String key, String path) {
        List<Integer> result = new ArrayList<>();
        for (Object item : list(map, key, path)) {
            if (!(item instanceof Number n)) {
                throw new BedrockException("Invalid item " + item + " in \"" + key
                        + "\" (expected an integer)", path + "/" + key);
            }
            result.add(n.intValue());
        }
        return result;
    }
}
