package bedrock.api.json;

import bedrock.api.BedrockException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * Reads and writes JSON text as JSON-like Java values. Objects read keep their key order
 * ({@code LinkedHashMap}); integers are {@code Long}, other numbers {@code Double}. Thread-safe.
 */
public final class Json {

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));

    private Json() {
    }

    /** The mapper for values that are not JSON-like (created on first use: it is costly to start). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Parses JSON text.
     *
     * @throws BedrockException naming the line and column of the first syntax error
     */
    public static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("argument \"content\" is null");
        }
        try {
            return JsonTrees.read(text, JsonTrees.BigIntegers.REFUSED, "java.lang.Object");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new BedrockException("Invalid JSON" + where + ": " + e.getOriginalMessage(), "");
        } catch (IOException e) {
            throw new BedrockException("Invalid JSON: " + e.getMessage(), "");
        }
    }

    /**
     * Reads the JSON value at the parser's current token (move it to the value's first token
     * first) as {@link #parse} does: objects as {@code LinkedHashMap}, arrays as {@code ArrayList},
     * integers as {@code Long}, other numbers as {@code Double}. An integer too large for a
     * {@code long} becomes a {@code Double} when {@code largeIntegersAsDouble}, else is an error.
     * Leaves the parser on the value's last token.
     *
     * @throws IOException the parser's error, with its location
     * @since 1.1
     */
    public static Object read(JsonParser parser, boolean largeIntegersAsDouble) throws IOException {
        return JsonTrees.value(parser, parser.currentToken(),
                largeIntegersAsDouble ? JsonTrees.BigIntegers.AS_DOUBLE : JsonTrees.BigIntegers.REFUSED);
    }

    /** Parses JSON text that must hold an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new BedrockException("Expected a JSON object, got " + write(value), "");
        }
        return (Map<String, Object>) value;
    }

    /** Compact JSON text of a JSON-like value. */
    public static String write(Object value) {
        try {
            return JsonTrees.write(value, null);
        } catch (JsonTrees.NotJsonLike other) {
            try {
                return Mapper.MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new BedrockException("Value cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
    }

    /** JSON text indented by four spaces; empty arrays and objects as {@code []} and {@code {}}. */
    public static String writePretty(Object value) {
        try {
            return JsonTrees.write(value, PRETTY.createInstance());
        } catch (JsonTrees.NotJsonLike other) {
            try {
                return Mapper.MAPPER.writer(PRETTY).writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new BedrockException("Value cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
    }
}
