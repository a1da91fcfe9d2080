package bedrock.launcher.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import bedrock.api.wire.Frames;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The success path of {@code bedrock-query -a ADDR} and {@code bedrock-shutdown -a ADDR} on a
 * blocking socket speaking the frame format of docs/protocol.md: no Netty engine, no logging set-up,
 * no Jackson databind (a one-shot process would spend most of its life loading them). Anything
 * unexpected (an address it does not read, a refused connection, a timeout, an error answer)
 * makes it answer null, and the command runs its full path, so every error reads as before. The
 * exception is a single daemon that does not answer within the timeout: running the full path
 * after it would make the command wait twice as long as asked, so it throws {@link TimedOut} with
 * the full path's message instead. Frames are laid out by {@link Frames}, as in the RPC engine.
 */
final class OneShotClient {

    /** Plain TCP addresses with a numeric IPv4 host or localhost; others go the full way. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:tcp|na\\+tcp|ofi\\+tcp|ofi\\+sockets|bmi\\+tcp|ucx\\+tcp)://([0-9.]+|localhost):([1-9][0-9]{0,4})");
    /** Hosts the full path names exactly as written in its timeout message. */
    private static final Pattern PLAIN_HOST = Pattern.compile(
            "localhost|(?:0|[1-9][0-9]{0,2})(?:\\.(?:0|[1-9][0-9]{0,2})){3}");
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
    String configs(List<String> targets) throws TimedOut {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
            generator.writeStartObject();
            for (String target : targets) {
                // With several daemons the full path reports every one's failure: let it run.
                byte[] body = call(target, "bedrock_get_config", targets.size() == 1);
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
    boolean shutdown(String target) throws TimedOut {
        byte[] body = call(target, "bedrock_shutdown", true);
        return body != null && (body.length == 0 || new String(body, StandardCharsets.UTF_8).equals("null"));
    }

    /**
     * One request on a fresh connection: the OK answer's body, or null.
     *
     * @throws TimedOut when {@code final} and the daemon did not answer in time
     */
    private byte[] call(String target, String rpc, boolean finalTimeout) throws TimedOut {
        Matcher address = ADDRESS.matcher(target);
        int port = address.matches() ? Integer.parseInt(address.group(2)) : 0;
        if (port == 0 || port > 65535) {
            return null;
        }
        String host = address.group(1);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            try {
                socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            } catch (SocketTimeoutException e) {
                return null; // the full path words a connection that never opens its own way
            }
            OutputStream out = socket.getOutputStream();
            out.write(Frames.request(ID, providerId, rpc.getBytes(StandardCharsets.UTF_8), credential,
                    new byte[0]));
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            socket.setSoTimeout(remainingMillis(deadline));
            int length = in.readInt();
            if (length < Frames.MIN_BODY || length > MAX_FRAME) {
                return null;
            }
            socket.setSoTimeout(remainingMillis(deadline));
            return okBody(in.readNBytes(length), length);
        } catch (SocketTimeoutException e) {
            if (finalTimeout && PLAIN_HOST.matcher(host).matches()) {
                throw new TimedOut("Request " + rpc + " to tcp://" + host + ":" + port
                        + " timed out after " + timeoutMillis + " ms");
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** The body of an OK response to our request; null for any other frame. */
    private static byte[] okBody(byte[] frame, int length) {
        if (frame.length != length) {
            return null;
        }
        Frames.Response response = Frames.readResponse(ByteBuffer.wrap(frame));
        return response.requestId() == ID && response.status() == 0 ? response.body() : null;
    }

    /** Jackson's streaming factory, set up only by a query: a shutdown reads no JSON. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The daemon did not answer in time; the message is the full path's. */
    static final class TimedOut extends Exception {

        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Copies one JSON object as databind's parse then write would give it: floating-point numbers
     * as the doubles they parse to, integers as written, the rest as is. False when the text is not
     * one object, has a duplicate key, or holds a number whose reading could differ.
     */
    private static boolean copyObject(byte[] json, JsonGenerator generator) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(json)) {
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
