package bedrock.runtime.internal.spec;

import bedrock.api.BedrockException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.LinkedHashMap;

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

    /** The deepest nesting accepted, as Jackson's default. */
    static final int MAX_DEPTH = 1000;

    /**
     * Jackson's streaming parser, read into values here: an {@code ObjectMapper}'s tree gave the
     * same values and errors but cost a daemon some 50 ms of start-up (bedrock.api's JsonTrees).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SpecText() {
    }

    /**
     * Parses JSON text.
     *
     * @throws BedrockException "Invalid JSON in spec at line L, column C (in /path): reason", with
     *     the JSON pointer of the item being read when it failed as its path
     */
    public static Object parse(String jsonText) {
        if (jsonText == null || jsonText.isBlank()) {
            return new LinkedHashMap<String, Object>();
        }
        try {
            return read(jsonText);
        } catch (StreamConstraintsException e) {
            // Jackson refuses deep nesting before reading on, and knows no position then.
            long[] at = deepestPosition(jsonText, MAX_DEPTH);
            throw new BedrockException("Invalid JSON in spec at line " + at[0] + ", column " + at[1]
                    + ": nesting deeper than " + MAX_DEPTH + " levels", "", e);
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
            String path = pathOf(e);
            throw new BedrockException("Invalid JSON in spec at line " + line + ", column " + column
                    + (path.isEmpty() ? "" : " (in " + path + ")") + ": " + reason, path, e);
        } catch (IOException e) {
            // A String holds no I/O to fail; kept for the parser's signature.
            throw new BedrockException("Invalid JSON in spec: " + e.getMessage(), "", e);
        }
    }

    /** The JSON pointer of the item being read when the parser failed; "" when unknown. */
    private static String pathOf(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            JsonStreamContext context = parser.getParsingContext();
            // The failing member's name may not be read yet: point at its object then.
            return context.pathAsPointer().toString();
        }
        return "";
    }

    /**
     * Line and column (1-based) of the first bracket that opens level {@code max + 1}, or of the
     * deepest bracket when this scan (which does not check the syntax) never gets that deep.
     */
    static long[] deepestPosition(String text, int max) {
        int depth = 0;
        int deepest = 0;
        long[] at = {1, 1};
        long line = 1;
        long column = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (quoted) {
                if (c == '\\') {
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[' || c == '{') {
                if (++depth > deepest) {
                    deepest = depth;
                    at = new long[] {line, column};
                }
                if (depth > max) {
                    return at;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return at;
    }

    /** One value and nothing after it, as a mapper with {@code FAIL_ON_TRAILING_TOKENS} reads a tree. */
    private static Object read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            parser.nextToken();
            // An integer too large for a long is a Double in a spec, as in a mapper's tree.
            Object value = bedrock.api.json.Json.read(parser, true);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value"
                        + " (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
                        + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", parser.currentTokenLocation());
            }
            return value;
        }
    }
}
