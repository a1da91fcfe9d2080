package bedrock.runtime.internal.spec;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to the members of one spec object, recording a {@link SpecProblem} for each bad or
 * missing member. Every message starts with the item's label (e.g. {@code provider "p1"} or
 * {@code providers[1]}), quotes the offending value as JSON and says what was expected.
 *
 * <p>An accessor returns {@code null} when the member is absent or invalid, so callers skip the
 * checks that depend on it instead of cascading errors.
 */
final class Fields {

    /** Names of pools, xstreams, providers, clients, ABT-IO instances and SSG groups. */
    static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    static final String NAME_EXPECTED = "an identifier matching ^[A-Za-z_][A-Za-z0-9_]*$";

    private final Map<String, Object> object;
    private final String path;
    private final String label;
    private final List<SpecProblem> out;

    private Fields(Map<String, Object> object, String path, String label, List<SpecProblem> out) {
        this.object = object;
        this.path = path;
        this.label = label;
        this.out = out;
    }

    /**
     * Starts checking {@code json} as an object; records a problem and returns {@code null} if it is
     * not one.
     */
    static Fields of(Object json, String path, String label, String expected,
            List<SpecProblem> out) {
        Map<String, Object> object = Json.asObject(json);
        if (object == null) {
            out.add(new SpecProblem(path, label + " should be " + expected + ", got "
                    + Json.quote(json)));
            return null;
        }
        return new Fields(object, path, label, out);
    }

    /**
     * A readable label for an item: {@code <kind> "<name>"} when it has a non-empty string name,
     * otherwise its position (e.g. {@code providers[1]}, {@code margo.argobots.pools[0]}), or
     * {@code new <kind>} for an item outside any spec.
     */
    static String label(String kind, Object json, String path) {
        Map<String, Object> object = Json.asObject(json);
        if (object != null && object.get("name") instanceof String name && !name.isEmpty()) {
            return kind + " " + Json.quote(name);
        }
        return position(kind, path);
    }

    /** The position form of a label, from a JSON Pointer. */
    static String position(String kind, String path) {
        if (path.isEmpty()) {
            return "new " + kind;
        }
        StringBuilder text = new StringBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
                text.append('[').append(key).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(key);
            }
        }
        return text.toString();
    }

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return Json.child(path, key);
    }

    boolean has(String key) {
        return object.containsKey(key);
    }

    Object raw(String key) {
        return object.get(key);
    }

    Map<String, Object> object() {
        return object;
    }

    void problem(String key, String message) {
        out.add(new SpecProblem(key == null ? path : path(key), label + ": " + message));
    }

    private void wrongType(String key, String expected) {
        problem(key, Json.quote(key) + " should be " + expected + ", got " + Json.quote(raw(key)));
    }

    private boolean missing(String key, boolean required, String expected) {
        if (object.containsKey(key)) {
            return false;
        }
        if (required) {
            problem(key, "missing required " + Json.quote(key) + " (expected " + expected + ")");
        }
        return true;
    }

    /** A name: a string matching {@link #NAME}. */
    String name(String key, boolean required) {
        if (missing(key, required, NAME_EXPECTED)) {
            return null;
        }
        if (raw(key) instanceof String s && NAME.matcher(s).matches()) {
            return s;
        }
        wrongType(key, NAME_EXPECTED);
        return null;
    }

    /** A string; {@code nonEmpty} refuses {@code ""}. */
    String string(String key, boolean required, boolean nonEmpty) {
        String expected = nonEmpty ? "a non-empty string" : "a string";
        if (missing(key, required, expected)) {
            return null;
        }
        if (raw(key) instanceof String s && (!nonEmpty || !s.isEmpty())) {
            return s;
        }
        wrongType(key, expected);
        return null;
    }

    /** An integer in {@code [min, max]}. */
    Long integer(String key, long min, long max) {
        // Bounds that only guard against overflow are not worth showing.
        boolean noMax = max >= Integer.MAX_VALUE;
        boolean noMin = min <= Integer.MIN_VALUE;
        String expected = noMax ? (noMin ? "an integer" : "an integer >= " + min)
                : noMin ? "an integer <= " + max : "an integer between " + min + " and " + max;
        if (missing(key, false, expected)) {
            return null;
        }
        Object value = raw(key);
        if (Json.isInteger(value) && Json.longValue(value) >= min && Json.longValue(value) <= max) {
            return Json.longValue(value);
        }
        wrongType(key, expected);
        return null;
    }

    /** A number (integer or not) >= {@code min}. */
    Double number(String key, double min) {
        String expected = "a number >= " + (min == Math.rint(min) ? String.valueOf((long) min) : min);
        if (missing(key, false, expected)) {
            return null;
        }
        if (raw(key) instanceof Number n && n.doubleValue() >= min) {
            return n.doubleValue();
        }
        wrongType(key, expected);
        return null;
    }

    Boolean bool(String key) {
        if (missing(key, false, "a boolean")) {
            return null;
        }
        if (raw(key) instanceof Boolean b) {
            return b;
        }
        wrongType(key, "a boolean (true or false)");
        return null;
    }

    Map<String, Object> object(String key, boolean required) {
        return object(key, required, "an object");
    }

    /** An object; {@code expected} describes it in messages. */
    Map<String, Object> object(String key, boolean required, String expected) {
        if (missing(key, required, expected)) {
            return null;
        }
        Map<String, Object> value = Json.asObject(raw(key));
        if (value == null) {
            wrongType(key, expected);
        }
        return value;
    }

    List<Object> array(String key, boolean required, String expected) {
        if (missing(key, required, expected)) {
            return null;
        }
        List<Object> value = Json.asArray(raw(key));
        if (value == null) {
            wrongType(key, expected);
        }
        return value;
    }

    /** A string among {@code values}. */
    String oneOf(String key, List<String> values) {
        String expected = "one of " + values.stream().map(Json::quote)
                .collect(Collectors.joining(", "));
        if (missing(key, false, expected)) {
            return null;
        }
        if (raw(key) instanceof String s && values.contains(s)) {
            return s;
        }
        wrongType(key, expected);
        return null;
    }

    /** An array of strings (tags, library locations...). */
    void stringArray(String key) {
        List<Object> array = array(key, false, "an array of strings");
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String)) {
                out.add(new SpecProblem(Json.child(path(key), i), label + ": " + Json.quote(key)
                        + " should only contain strings, got " + Json.quote(array.get(i))
                        + " at index " + i));
            }
        }
    }

    private static boolean isReference(Object value) {
        return value instanceof String || (value instanceof Long || value instanceof Integer)
                && ((Number) value).longValue() >= 0;
    }

    /**
     * A dependencies object: each value a string, a non-negative integer (a pool or xstream by
     * index), or an array of those. Whether an index suits the dependency's type is known only once
     * the module declares it, so the runtime checks that.
     */
    void dependencies(String key) {
        Map<String, Object> deps = object(key, false);
        if (deps == null) {
            return;
        }
        for (Map.Entry<String, Object> dep : deps.entrySet()) {
            String depPath = Json.child(path(key), dep.getKey());
            Object value = dep.getValue();
            if (isReference(value)) {
                continue;
            }
            List<Object> list = Json.asArray(value);
            if (list == null) {
                out.add(new SpecProblem(depPath, label + ": dependency " + Json.quote(dep.getKey())
                        + " should be a string, an index, or an array of those, got " + Json.quote(value)));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!isReference(list.get(i))) {
                    out.add(new SpecProblem(Json.child(depPath, i), label + ": dependency "
                            + Json.quote(dep.getKey()) + " should only contain strings or indices, got "
                            + Json.quote(list.get(i)) + " at index " + i));
                }
            }
        }
    }

    /**
     * A pool reference (name or index). When {@code poolNames} is known the pool must exist;
     * returns the pool's name, or {@code null} if absent, invalid or not checked.
     */
    String poolRef(String key, List<String> poolNames) {
        if (!has(key)) {
            return null;
        }
        return PoolRefs.check(raw(key), path(key), label, poolNames, out);
    }
}
