package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from one JSON-like object, with errors naming the item and carrying the path
 * (not exported API). A key whose value is {@code null} counts as absent.
 */
final class Fields {

    private final Map<String, Object> map;
    private final String path;
    private final String owner;

    /**
     * @param value the object to read (checked to be a map)
     * @param path its JSON Pointer
     * @param owner how messages name it, e.g. {@code pool "p1"} or {@code the "margo" section}
     */
    Fields(Object value, String path, String owner) {
        if (!(value instanceof Map)) {
            throw new BedrockException("Invalid " + owner + ": " + Json.quote(value)
                    + " (expected an object)", path);
        }
        this.map = Json.asObject(value);
        this.path = path;
        this.owner = owner;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return Json.child(path, key);
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    BedrockException wrongType(String key, Object value, String expected) {
        return new BedrockException("Invalid value " + Json.quote(value) + " for \"" + key + "\" of "
                + owner + " (expected " + expected + ")", path(key));
    }

    String string(String key, String fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String)) {
            throw wrongType(key, v, "a string");
        }
        return (String) v;
    }

    String requiredString(String key) {
        String v = string(key, null);
        if (v == null) {
            throw new BedrockException("Missing \"" + key + "\" in " + owner, path(key));
        }
        return v;
    }

    boolean bool(String key, boolean fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean)) {
            throw wrongType(key, v, "a boolean");
        }
        return (Boolean) v;
    }

    long integer(String key, long fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        return integerValue(v, key);
    }

    int smallInteger(String key, int fallback) {
        long v = integer(key, fallback);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw wrongType(key, v, "an integer in the 32-bit range");
        }
        return (int) v;
    }

    private long integerValue(Object v, String key) {
        Object n = Json.normalize(v, path(key));
        if (n instanceof Long) {
            return (Long) n;
        }
        if (n instanceof Double) {
            double d = (Double) n;
            if (d == Math.rint(d) && Math.abs(d) < 9.0e18) {
                return (long) d;
            }
        }
        throw wrongType(key, v, "an integer");
    }

    double number(String key, double fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number)) {
            throw wrongType(key, v, "a number");
        }
        return ((Number) v).doubleValue();
    }

    /** A JSON object value, deep-copied; {@code {}} when absent. */
    Map<String, Object> object(String key) {
        Object v = map.get(key);
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (!(v instanceof Map)) {
            throw wrongType(key, v, "an object");
        }
        return Json.copyObject(Json.asObject(v), path(key));
    }

    /** A JSON array value (not copied); an empty list when absent. */
    List<Object> list(String key) {
        Object v = map.get(key);
        if (v == null) {
            return new ArrayList<>();
        }
        if (!(v instanceof List)) {
            throw wrongType(key, v, "an array");
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) v;
        return list;
    }

    /** A JSON array of strings, copied; an empty list when absent. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Object item : list(key)) {
            if (!(item instanceof String)) {
                throw new BedrockException("Invalid value " + Json.quote(item) + " in \"" + key
                        + "\" of " + owner + " (expected a string)", Json.child(path(key), i));
            }
            out.add((String) item);
            i++;
        }
        return out;
    }

    /** A JSON array of integers, copied; an empty list when absent. */
    List<Integer> integers(String key) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        for (Object item : list(key)) {
            Object n = Json.normalize(item, path(key));
            if (!(n instanceof Long) || (Long) n < Integer.MIN_VALUE || (Long) n > Integer.MAX_VALUE) {
                throw new BedrockException("Invalid value " + Json.quote(item) + " in \"" + key
                        + "\" of " + owner + " (expected an integer)", Json.child(path(key), i));
            }
            out.add(((Long) n).intValue());
            i++;
        }
        return out;
    }
}
