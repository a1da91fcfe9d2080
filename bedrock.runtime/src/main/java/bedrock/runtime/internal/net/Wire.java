package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.spec.Spec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON encoding of management requests and responses, shared by both sides. */
final class Wire {

    static final byte[] EMPTY = new byte[0];
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    private Wire() {
    }

    /** A request object from alternating names and values. */
    static byte[] request(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return encode(out);
    }

    static byte[] encode(Object value) {
        return value == null ? NULL : Json.write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON value of a payload; an empty payload is {@code null}. */
    static Object decode(byte[] payload) {
        // The answer of every RPC without a result: no JSON parser to set up for it (a one-shot
        // bedrock-shutdown would spend a third of its life initialising Jackson for this).
        if (payload.length == 0 || Arrays.equals(payload, NULL)) {
            return null;
        }
        return Json.parse(new String(payload, StandardCharsets.UTF_8));
    }

    /** A request's arguments; a malformed request is the caller's error. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> arguments(byte[] payload, String rpc) {
        Object value;
        try {
            value = payload.length == 0 ? Map.of() : decode(payload);
        } catch (RuntimeException e) {
            throw new BedrockException("Malformed " + rpc + " request: " + e.getMessage());
        }
        if (!(value instanceof Map)) {
            throw new BedrockException("Malformed " + rpc + " request: expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    /** A required string argument. */
    static String string(Map<String, Object> args, String name, String rpc) {
        Object value = args.get(name);
        if (!(value instanceof String s)) {
            throw new BedrockException("Malformed " + rpc + " request: \"" + name
                    + "\" must be a string, got " + Json.write(value));
        }
        return s;
    }

    /** An integer argument (a JSON number without a fraction). */
    static int integer(Map<String, Object> args, String name, String rpc) {
        Object value = args.get(name);
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < Integer.MIN_VALUE || n.doubleValue() > Integer.MAX_VALUE) {
            throw new BedrockException("Malformed " + rpc + " request: \"" + name
                    + "\" must be an integer, got " + Json.write(value), "/" + name);
        }
        return n.intValue();
    }

    /** An optional boolean argument, false when absent. */
    static boolean flag(Map<String, Object> args, String name, String rpc) {
        Object value = args.getOrDefault(name, false);
        if (!(value instanceof Boolean b)) {
            throw new BedrockException("Malformed " + rpc + " request: \"" + name
                    + "\" must be true or false, got " + Json.write(value), "/" + name);
        }
        return b;
    }

    /** An optional object argument, empty when absent or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> args, String name, String rpc) {
        Object value = args.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new BedrockException("Malformed " + rpc + " request: \"" + name
                    + "\" must be an object, got " + Json.write(value), "/" + name);
        }
        return (Map<String, Object>) value;
    }

    /**
     * A spec argument in the form the managers accept: a map or JSON text as given, a spec model
     * as its map. Other values go through unchanged, so the server reports them.
     */
    static Object spec(Object spec) {
        return spec instanceof Spec model ? model.toMap() : spec;
    }
}
