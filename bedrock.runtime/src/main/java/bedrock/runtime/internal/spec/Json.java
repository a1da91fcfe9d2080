package bedrock.runtime.internal.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small helpers over JSON-like Java values: type tests, JSON rendering for messages, JSON Pointer
 * building, deep copies and key sorting.
 */
public final class Json {

    private Json() {
    }

    /** For values that are not JSON-like, created on first use (a first mapper costs some 50 ms). */
    private static final class Writer {
        static final ObjectMapper WRITER = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** Renders a value as compact JSON text, for messages and tests. */
    public static String write(Object value) {
        try {
            return bedrock.api.json.Json.write(value);
        } catch (bedrock.api.BedrockException notJsonLike) {
            // A caller's own Java object: the lenient mapper below.
        }
        try {
            return Writer.WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only non-JSON values can get here (a caller's own Java objects); show them as text.
            return String.valueOf(value);
        }
    }

    /** Renders a value as JSON, shortened so that a huge config does not flood a message. */
    static String quote(Object value) {
        String text = write(value);
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    /** True for the integer types a JSON value may hold (Long from the parser, Integer from Java callers). */
    static boolean isInteger(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            return true;
        }
        return value instanceof BigInteger big && big.bitLength() < 64;
    }

    /** True for any JSON number. */
    static boolean isNumber(Object value) {
        return value instanceof Number;
    }

    static long longValue(Object value) {
        return ((Number) value).longValue();
    }

    /** The JSON type name of a value, as used in messages. */
    static String typeName(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Map) {
            return "object";
        } else if (value instanceof List) {
            return "array";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (isInteger(value)) {
            return "integer";
        } else if (value instanceof Number) {
            return "number";
        }
        return "unsupported value";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asArray(Object value) {
        return value instanceof List ? (List<Object>) value : null;
    }

    /** The JSON Pointer of member {@code key} under {@code path} (RFC 6901 escaping). */
    static String child(String path, String key) {
        return path + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The JSON Pointer of element {@code index} under {@code path}. */
    static String child(String path, int index) {
        return path + "/" + index;
    }

    /** A deep copy made of mutable LinkedHashMaps and ArrayLists, integers normalised to Long. */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return out;
        } else if (isInteger(value)) {
            return longValue(value);
        } else if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    /**
     * A deep copy whose objects have their keys in sorted order at every level, as upstream
     * Bedrock prints its configuration.
     */
    static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new TreeMap<>();
            map.forEach((k, v) -> tree.put(String.valueOf(k), sorted(v)));
            return new LinkedHashMap<>(tree);
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return copy(value);
    }
}
