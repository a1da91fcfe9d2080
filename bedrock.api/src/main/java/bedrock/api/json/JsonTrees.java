package bedrock.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to and from JSON-like values on Jackson's streaming parser and generator, as
 * Jackson's {@code ObjectMapper} would (same values, same text, same parse errors) without its
 * start-up: a first mapper costs some 50 ms of class loading and initialisation (its default
 * date format alone loads the JDK's calendar and locale data), a first parser about 4 ms.
 * Values that are not JSON-like are refused ({@link NotJsonLike}) so that a caller can hand them
 * to a mapper. Not exported; thread-safe.
 */
final class JsonTrees {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonTrees() {
    }

    /** A value the streaming writer does not know (a bean, a record, an enum, ...). */
    static final class NotJsonLike extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotJsonLike() {
            super(null, null, false, false);
        }
    }

    /** How integers too large for a {@code long} are read. */
    enum BigIntegers {
        /** Refused, as a mapper with {@code USE_LONG_FOR_INTS} does. */
        REFUSED,
        /** Read as a {@code Double}, as a mapper's tree does when asked for a long or a double. */
        AS_DOUBLE
    }

    /**
     * Reads one JSON value: objects as {@code LinkedHashMap} (a repeated member name is an error),
     * arrays as {@code ArrayList}, integers as {@code Long}, other numbers as {@code Double};
     * anything after the value is an error, as with {@code FAIL_ON_TRAILING_TOKENS}.
     *
     * @param boundAs the type a mapper would name in the trailing-token message
     * @throws IOException Jackson's parse error, with its location and parser
     */
    static Object read(String text, BigIntegers big, String boundAs) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonParseException(parser, "No content to map due to end-of-input",
                        parser.currentTokenLocation());
            }
            Object value = value(parser, first, big);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value"
                        + " (bound as `" + boundAs + "`): not allowed as per"
                        + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", parser.currentTokenLocation());
            }
            return value;
        }
    }

    static Object value(JsonParser parser, JsonToken token, BigIntegers big) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken(), big));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t, big));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                if (big == BigIntegers.AS_DOUBLE && parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return parser.getDoubleValue();
                }
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    /**
     * Writes a JSON-like value (maps, collections and arrays of them, strings, numbers, booleans,
     * null), pretty when {@code printer} is not null.
     *
     * @throws NotJsonLike for any other value, before anything is returned
     */
    static String write(Object value, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (printer != null) {
                generator.setPrettyPrinter(printer);
            }
            write(generator, value);
        } catch (IOException e) {
            // A StringWriter does not fail; a generator refusing a value is not JSON-like to us.
            throw new NotJsonLike();
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String s) {
            generator.writeString(s);
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            generator.writeNumber(d);
        } else if (value instanceof Float f) {
            generator.writeNumber(f);
        } else if (value instanceof BigInteger b) {
            generator.writeNumber(b);
        } else if (value instanceof BigDecimal b) {
            generator.writeNumber(b);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new NotJsonLike();
                }
                generator.writeFieldName(key);
                write(generator, e.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Object[] array) {
            generator.writeStartArray();
            for (Object item : array) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            throw new NotJsonLike();
        }
    }
}
