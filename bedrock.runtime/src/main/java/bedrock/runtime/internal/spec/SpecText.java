package bedrock.runtime.internal.spec;

import bedrock.api.BedrockException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses spec text into JSON-like Java values.
 *
 * <p>Objects become {@code LinkedHashMap<String, Object>} (member order kept), arrays
 * {@code ArrayList<Object>}, integers {@code Long} (an integer too large for a long becomes a
 * {@code Double}), other numbers {@code Double}, plus {@code String}, {@code Boolean} and
 * {@code null}. A blank text means {@code {}}, as upstream. Unlike upstream, a member name repeated
 * in one object is an error (upstream silently keeps the last one, losing the other) and so is
 * anything after the top-level value.
 */
public final class SpecText {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SpecText() {
    }

    /**
     * Parses JSON text.
     *
     * @throws BedrockException "Invalid JSON in spec at line L, column C: reason", with path ""
     */
    public static Object parse(String jsonText) {
        if (jsonText == null || jsonText.isBlank()) {
            return new LinkedHashMap<String, Object>();
        }
        try {
            return convert(MAPPER.readTree(jsonText));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String reason = e.getOriginalMessage();
            int newline = reason.indexOf('\n');
            if (newline >= 0) {
                reason = reason.substring(0, newline);
            }
            // Jackson names its (redacted) source in parentheses: noise for a user.
            reason = reason.replaceAll(" \\(for (Array|Object) starting at \\[Source: .*", "");
            long line = location == null ? -1 : location.getLineNr();
            long column = location == null ? -1 : location.getColumnNr();
            throw new BedrockException("Invalid JSON in spec at line " + line + ", column " + column
                    + ": " + reason, "", e);
        }
    }

    private static Object convert(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        } else if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), convert(e.getValue())));
            return map;
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(n -> list.add(convert(n)));
            return list;
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }
}
