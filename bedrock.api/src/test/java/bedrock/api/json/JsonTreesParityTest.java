package bedrock.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Json} reads and writes on Jackson's streaming API; these compare it, value by value and
 * message by message, with the {@code ObjectMapper} it replaced (same features).
 */
class JsonTreesParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"a\":[1,2.5,\"s\",true,false,null,{\"b\":{}}],\"c\":-3}", "  7 ", "-0",
            "1e3", "-2.5E-7", "9223372036854775807", "\"\\u00e9\\n\\t\\\"q\\\"\"", "[[[[]]]]", "null", "true",
            "{\"z\":1,\"a\":2,\"m\":{\"y\":[],\"x\":{}}}", "0.1", "123456789012345678.5"})
    void readsTheSameValues(String text) throws Exception {
        assertEquals(MAPPER.readValue(text, Object.class), Json.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"a\":1,\"a\":2}", "{} x", "[1] [2]", "{\"a\" 1}", "[1,]", "{\"a\":\"open",
            "99999999999999999999", "{\"a\":tru}", "\n\n  {\"a\": [1, 2,, 3]}", "{'a': 1}", "[1 2]"})
    void refusesWithTheSameMessage(String text) {
        String expected;
        try {
            MAPPER.readValue(text, Object.class);
            throw new AssertionError("the mapper read " + text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            expected = "Invalid JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": " + e.getOriginalMessage();
        }
        BedrockException ours = assertThrows(BedrockException.class, () -> Json.parse(text));
        assertEquals(expected, ours.getMessage());
    }

    static List<Object> values() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "p\u00e9\u0001\"/\\");
        nested.put("n", null);
        nested.put("ints", List.of(1, 2L, (short) 3, (byte) 4));
        nested.put("reals", Arrays.asList(0.5, -0.0, 1e300, Double.NaN, Double.POSITIVE_INFINITY, 1.5f));
        nested.put("big", List.of(new BigInteger("123456789012345678901234567890"), new BigDecimal("1.10")));
        nested.put("empty", Map.of());
        nested.put("none", new ArrayList<>());
        nested.put("array", new Object[] {"x", 1, true});
        return List.of(nested, List.of(), Map.of(), "s", 5L, 2.0, true, List.of(Map.of("a", List.of(Map.of()))));
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesTheSameText(Object value) throws Exception {
        assertEquals(MAPPER.writeValueAsString(value), Json.write(value));
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesTheSamePrettyText(Object value) throws Exception {
        var pretty = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("    ", "\n"))
                .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("    ", "\n"))
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        assertEquals(MAPPER.writer(pretty).writeValueAsString(value), Json.writePretty(value));
    }

    record Bean(String name, int size) {
    }

    @org.junit.jupiter.api.Test
    void valuesThatAreNotJsonLikeStillGoThroughAMapper() throws Exception {
        Map<String, Object> withBean = new LinkedHashMap<>();
        withBean.put("bean", new Bean("b", 2));
        assertEquals(MAPPER.writeValueAsString(withBean), Json.write(withBean));
        assertEquals("{\"bean\":{\"name\":\"b\",\"size\":2}}", Json.write(withBean));
    }

    @org.junit.jupiter.api.Test
    void readsAValueFromAParserAndLeavesItOnTheValuesLastToken() throws Exception {
        try (JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                .createParser("[{\"big\": 99999999999999999999, \"n\": [1]}, 7]")) {
            parser.nextToken();
            parser.nextToken();
            Object first = Json.read(parser, true);
            assertEquals(Map.of("big", 1e20, "n", List.of(1L)), first);
            assertEquals(com.fasterxml.jackson.core.JsonToken.END_OBJECT, parser.currentToken());
            parser.nextToken();
            assertEquals(7L, Json.read(parser, false));
        }
        try (JsonParser parser = new com.fasterxml.jackson.core.JsonFactory().createParser("99999999999999999999")) {
            parser.nextToken();
            assertThrows(java.io.IOException.class, () -> Json.read(parser, false));
        }
    }
}
