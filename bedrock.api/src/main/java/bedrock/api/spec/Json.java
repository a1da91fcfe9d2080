package bedrock.api.spec;

import bedrock.api.BedrockException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON text and JSON-like value helpers shared by the spec classes (not exported API). */
final class Json {

    private Json() {
    }

    /** Created on first use: a first mapper costs some 50 ms of a process's start. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** Parses JSON text into a normalised JSON-like value. */
    static Object parse(String text) {
        if (text == null) {
            throw new NullPointerException("JSON text must not be null");
        }
        try {
            return normalize(Mapper.MAPPER.readValue(text, Object.class), "");
        } catch (JsonProcessingException e) {
            throw new BedrockException("Invalid JSON text: " + e.getOriginalMessage(), null, e);
        }
    }

    /** Parses JSON text that must be an object (an empty or blank text counts as {@code {}}). */
    static Map<String, Object> parseObject(String text, String what) {
        if (text != null && text.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new BedrockException("Invalid JSON for " + what + ": " + write(value, false)
                    + " (expected an object)", "");
        }
        return asObject(value);
    }

    /** Prints a JSON-like value as JSON text. */
    static String write(Object value, boolean pretty) {
        try {
            return pretty ? Mapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
                    : Mapper.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new BedrockException("Could not print JSON: " + e.getOriginalMessage(), null, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    /**
     * Deep-copies a JSON-like value, turning maps into LinkedHashMaps, collections into
     * ArrayLists, integral numbers into Long and other numbers into Double.
     */
    static Object normalize(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger) {
            BigInteger big = (BigInteger) value;
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new BedrockException("Invalid key " + e.getKey()
                            + " in JSON object (expected a string)", path);
                }
                String key = (String) e.getKey();
                copy.put(key, normalize(e.getValue(), child(path, key)));
            }
            return copy;
        }
        if (value instanceof Collection) {
            List<Object> copy = new ArrayList<>();
            int i = 0;
            for (Object item : (Collection<?>) value) {
                copy.add(normalize(item, child(path, i++)));
            }
            return copy;
        }
        throw new BedrockException("Invalid value of type " + value.getClass().getName()
                + " in JSON-like data (expected a map, list, string, number, boolean or null)", path);
    }

    /** Deep-copies a JSON-like object (see {@link #normalize}). */
    static Map<String, Object> copyObject(Map<String, ?> value, String path) {
        return asObject(normalize(value, path));
    }

    /** Returns a LinkedHashMap with the same entries, keys in sorted order. */
    static Map<String, Object> sorted(Map<String, Object> map) {
        return new LinkedHashMap<>(new TreeMap<>(map));
    }

    /** Appends one reference token to a JSON Pointer, escaping as RFC 6901 says. */
    static String child(String path, String key) {
        return (path == null ? "" : path) + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** Appends an array index to a JSON Pointer. */
    static String child(String path, int index) {
        return (path == null ? "" : path) + "/" + index;
    }

    /** Quotes a value for an error message: strings in double quotes, others as JSON. */
    static String quote(Object value) {
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        try {
            return write(normalize(value, ""), false);
        } catch (BedrockException e) {
            return String.valueOf(value);
        }
    }
}
