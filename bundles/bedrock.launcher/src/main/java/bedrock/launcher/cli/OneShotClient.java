package bedrock.launcher.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The success path of {@code bedrock-query -a ADDR} and {@code bedrock-shutdown -a ADDR} on a
 * blocking socket speaking the frame format of docs/protocol.md: no Netty engine, no logging set-up,
 * no Jackson databind (a one-shot process would spend most of its life loading them). Anything
 * unexpected (an address it does not read, a refused connection, a timeout, an error answer)
 * makes it answer null, and the command runs its full path, so every error reads as before.
 */
final class OneShotClient {

    /** Plain TCP addresses with a numeric IPv4 host or localhost; others go the full way. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:tcp|na\\+tcp|ofi\\+tcp|ofi\\+sockets|bmi\\+tcp|ucx\\+tcp)://([0-9.]+|localhost):([1-9][0-9]{0,4})");
    private static final JsonFactory FACTORY = new JsonFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final byte REQUEST = 1;
    private static final byte RESPONSE = 2;
    private static final long ID = 1;
    /** The daemon's frame limit: a bigger answer is not worth reading here. */
    private static final int MAX_FRAME = 16 << 20;

    private final int providerId;
    private final byte[] credential;
    private final int timeoutMillis;

    OneShotClient(int providerId, String credential, double timeoutSeconds) {
        this.providerId = providerId;
        this.credential = credential == null ? new byte[0] : credential.getBytes(StandardCharsets.UTF_8);
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.round(timeoutSeconds * 1000)));
    }

    /**
     * The JSON text {@code bedrock-query} prints for these daemons' configurations, compact as
     * {@code Json.write} writes the map of address to configuration; null when any step fails.
     */
    String configs(List<String> targets) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartObject();
            for (String target : targets) {
                byte[] body = call(target, "bedrock_get_config");
                if (body == null) {
                    return null;
                }
                generator.writeFieldName(target);
                if (!copyObject(body, generator)) {
                    return null;
                }
            }
            generator.writeEndObject();
        } catch (IOException e) {
            return null;
        }
        return out.toString();
    }

    /** Asks one daemon to shut down; false when it did not answer {@code null} (the full path tells why). */
    boolean shutdown(String target) {
        byte[] body = call(target, "bedrock_shutdown");
        return body != null && (body.length == 0 || new String(body, StandardCharsets.UTF_8).equals("null"));
    }

    /** One request on a fresh connection: the OK answer's body, or null. */
    private byte[] call(String target, String rpc) {
        Matcher address = ADDRESS.matcher(target);
        int port = address.matches() ? Integer.parseInt(address.group(2)) : 0;
        if (port == 0 || port > 65535) {
            return null;
        }
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(address.group(1), port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] name = rpc.getBytes(StandardCharsets.UTF_8);
            out.writeInt(1 + 8 + 2 + 2 + name.length + 2 + credential.length + 4);
            out.writeByte(REQUEST);
            out.writeLong(ID);
            out.writeShort(providerId);
            out.writeShort(name.length);
            out.write(name);
            out.writeShort(credential.length);
            out.write(credential);
            out.writeInt(0);
            out.flush();
            return answer(new DataInputStream(socket.getInputStream()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The body of an OK response to our request; null for any other frame. */
    private static byte[] answer(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 16 || length > MAX_FRAME || in.readByte() != RESPONSE || in.readLong() != ID
                || in.readByte() != 0) {
            return null;
        }
        int pathLength = in.readUnsignedShort();
        in.skipNBytes(pathLength);
        int bodyLength = in.readInt();
        if (bodyLength < 0 || 1 + 8 + 1 + 2 + pathLength + 4 + bodyLength != length) {
            return null;
        }
        byte[] body = in.readNBytes(bodyLength);
        return body.length == bodyLength ? body : null;
    }

    /**
     * Copies one JSON object as databind's parse then write would give it: floating-point numbers
     * as the doubles they parse to, integers as written, the rest as is. False when the text is not
     * one object, has a duplicate key, or holds a number whose reading could differ.
     */
    private static boolean copyObject(byte[] json, JsonGenerator generator) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            int depth = 0;
            for (JsonToken token = parser.currentToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    double value = parser.getDoubleValue();
                    if (Double.isInfinite(value)) {
                        return false;
                    }
                    generator.writeNumber(value);
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    if (parser.getText().startsWith("-0")) {
                        return false;
                    }
                    generator.writeNumber(parser.getText());
                } else {
                    generator.copyCurrentEvent(parser);
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    return parser.nextToken() == null;
                }
            }
            return false;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
