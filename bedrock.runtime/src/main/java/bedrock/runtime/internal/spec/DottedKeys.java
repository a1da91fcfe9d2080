package bedrock.runtime.internal.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Expands upstream's "simplified JSON": a member {@code "a.b.c": v} becomes {@code {"a": {"b":
 * {"c": v}}}}, merged with its siblings ({@code {"a": {"x": 1}, "a.b": 2}} gives
 * {@code {"a": {"x": 1, "b": 2}}}).
 *
 * <p>As upstream, expansion recurses into object values but not into arrays: a dotted key inside
 * an array element (for example in a provider) is left as it is. A merged object keeps the position
 * of the first member that contributed to it. Two members that would give one key both a
 * non-object value and another value (e.g. {@code "a": 1} and {@code "a.b": 2}) are an error, as is
 * a key with an empty segment ({@code "a..b"}); upstream's behaviour there is undefined.
 */
public final class DottedKeys {

    private DottedKeys() {
    }

    /**
     * Returns a copy of {@code spec} with dotted keys expanded; the input is not modified.
     *
     * @throws BedrockException on a conflict, with the JSON Pointer of the offending member
     */
    public static Object expand(Object spec) {
        return expand(spec, "");
    }

    private static Object expand(Object value, String path) {
        Map<String, Object> object = Json.asObject(value);
        if (object == null) {
            // Arrays are deliberately not entered (upstream behaviour); scalars are copied as-is.
            return Json.copy(value);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> member : object.entrySet()) {
            String key = member.getKey();
            String memberPath = Json.child(path, key);
            Object expanded = expand(member.getValue(), memberPath);
            if (!key.contains(".")) {
                merge(out, key, expanded, memberPath);
                continue;
            }
            String[] segments = key.split("\\.", -1);
            for (String segment : segments) {
                if (segment.isEmpty()) {
                    throw new BedrockException("Invalid simplified key \"" + key
                            + "\": every part between dots must be non-empty", memberPath);
                }
            }
            Object nested = expanded;
            for (int i = segments.length - 1; i >= 1; i--) {
                Map<String, Object> wrapper = new LinkedHashMap<>();
                wrapper.put(segments[i], nested);
                nested = wrapper;
            }
            merge(out, segments[0], nested, memberPath);
        }
        return out;
    }

    private static void merge(Map<String, Object> target, String key, Object value, String path) {
        if (!target.containsKey(key)) {
            target.put(key, value);
            return;
        }
        Map<String, Object> existing = Json.asObject(target.get(key));
        Map<String, Object> incoming = Json.asObject(value);
        if (existing == null || incoming == null) {
            throw new BedrockException("Conflicting definitions of \"" + key
                    + "\": the member " + Json.quote(pointerKey(path)) + " gives it "
                    + Json.quote(value) + " but it is already defined as "
                    + Json.quote(target.get(key)) + " (only objects can be merged)", path);
        }
        for (Map.Entry<String, Object> e : incoming.entrySet()) {
            merge(existing, e.getKey(), e.getValue(), path);
        }
    }

    private static String pointerKey(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }
}
