package bedrock.api.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Encodes and decodes the frames of {@code docs/protocol.md}. Every frame is a 4-byte big-endian
 * length (of what follows) and a body whose first byte is its type.
 *
 * <pre>
 * request:  type=1 | request id (i64) | provider id (u16) | name length (u16) | name (UTF-8)
 *           | credential length (u16, 0 = none) | credential (UTF-8) | payload length (i32) | payload
 * response: type=2 | request id (i64) | status (u8) | path length (u16, 0 = none) | path (UTF-8)
 *           | body length (i32) | body (payload, or UTF-8 error message)
 * </pre>
 *
 * <p>Encoders write a whole frame, length prefix included, at the buffer's position (which must
 * have {@link #requestFrameSize} or {@link #responseFrameSize} bytes left); decoders read one body
 * (the length prefix already removed) and check every length against it, so a malformed frame is
 * reported as a {@link MalformedFrameException} instead of being misread. Stateless and
 * thread-safe.
 */
public final class Frames {

    /** Type byte of a request frame. */
    public static final byte REQUEST = 1;
    /** Type byte of a response frame. */
    public static final byte RESPONSE = 2;
    /** Bytes of the length prefix. */
    public static final int LENGTH_PREFIX = 4;
    /** The smallest legal body: a response with no path and an empty body. */
    public static final int MIN_BODY = 1 + 8 + 1 + 2 + 4;

    private static final int REQUEST_FIXED = 1 + 8 + 2 + 2 + 2 + 4;
    private static final int RESPONSE_FIXED = MIN_BODY;
    private static final byte[] NONE = new byte[0];

    private Frames() {
    }

    /** A decoded request; {@code credential} is null when none was sent. */
    public record Request(long requestId, int providerId, String rpcName, byte[] payload,
            String credential) {
    }

    /** A decoded response; {@code path} is null when it has none. */
    public record Response(long requestId, int status, byte[] body, String path) {
    }

    /** The body size of a request with those encoded parts. */
    public static int requestBodySize(byte[] name, byte[] credential, int payloadLength) {
        return REQUEST_FIXED + name.length + credential.length + payloadLength;
    }

    /** The body size of a response with those encoded parts. */
    public static int responseBodySize(byte[] path, int bodyLength) {
        return RESPONSE_FIXED + path.length + bodyLength;
    }

    /** The whole frame size of a request, length prefix included. */
    public static int requestFrameSize(byte[] name, byte[] credential, int payloadLength) {
        return LENGTH_PREFIX + requestBodySize(name, credential, payloadLength);
    }

    /** The whole frame size of a response, length prefix included. */
    public static int responseFrameSize(byte[] path, int bodyLength) {
        return LENGTH_PREFIX + responseBodySize(path, bodyLength);
    }

    /**
     * UTF-8 bytes of a string that must fit a u16 length; null gives the empty array.
     *
     * @throws IllegalArgumentException naming {@code what} when it is over 65535 bytes
     */
    public static byte[] shortString(String value, String what) {
        if (value == null) {
            return NONE;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException(what + " is " + bytes.length
                    + " bytes long; at most 65535 fit in a frame");
        }
        return bytes;
    }

    /** Writes a whole request frame at the buffer's position. */
    public static void writeRequest(ByteBuffer out, long requestId, int providerId, byte[] name,
            byte[] credential, byte[] payload) {
        out.putInt(requestBodySize(name, credential, payload.length))
                .put(REQUEST).putLong(requestId).putShort((short) providerId)
                .putShort((short) name.length).put(name)
                .putShort((short) credential.length).put(credential)
                .putInt(payload.length).put(payload);
    }

    /** A whole request frame in a new array. */
    public static byte[] request(long requestId, int providerId, byte[] name, byte[] credential,
            byte[] payload) {
        byte[] frame = new byte[requestFrameSize(name, credential, payload.length)];
        writeRequest(ByteBuffer.wrap(frame), requestId, providerId, name, credential, payload);
        return frame;
    }

    /** Writes a whole response frame at the buffer's position. */
    public static void writeResponse(ByteBuffer out, long requestId, int status, byte[] body,
            byte[] path) {
        out.putInt(responseBodySize(path, body.length))
                .put(RESPONSE).putLong(requestId).put((byte) status)
                .putShort((short) path.length).put(path)
                .putInt(body.length).put(body);
    }

    /** A whole response frame in a new array. */
    public static byte[] response(long requestId, int status, byte[] body, byte[] path) {
        byte[] frame = new byte[responseFrameSize(path, body.length)];
        writeResponse(ByteBuffer.wrap(frame), requestId, status, body, path);
        return frame;
    }

    /**
     * Reads a request body (type byte first) from the buffer's position to its limit.
     *
     * @throws MalformedFrameException when it is not a well-formed request
     */
    public static Request readRequest(ByteBuffer in) {
        type(in, REQUEST);
        need(in, REQUEST_FIXED - 1);
        long id = in.getLong();
        int providerId = Short.toUnsignedInt(in.getShort());
        String name = readShortString(in);
        if (name == null) {
            throw new MalformedFrameException("request without an RPC name");
        }
        String credential = readShortString(in);
        byte[] payload = readBlock(in);
        end(in);
        return new Request(id, providerId, name, payload, credential);
    }

    /**
     * Reads a response body (type byte first) from the buffer's position to its limit; the status
     * is returned as read, for the caller to interpret.
     *
     * @throws MalformedFrameException when it is not a well-formed response
     */
    public static Response readResponse(ByteBuffer in) {
        type(in, RESPONSE);
        need(in, RESPONSE_FIXED - 1);
        long id = in.getLong();
        int status = Byte.toUnsignedInt(in.get());
        String path = readShortString(in);
        byte[] body = readBlock(in);
        end(in);
        return new Response(id, status, body, path);
    }

    private static void type(ByteBuffer in, byte expected) {
        need(in, 1);
        byte type = in.get();
        if (type != expected) {
            throw new MalformedFrameException("frame type " + type + ", expected " + expected);
        }
    }

    private static String readShortString(ByteBuffer in) {
        need(in, 2);
        int length = Short.toUnsignedInt(in.getShort());
        if (length == 0) {
            return null;
        }
        need(in, length);
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readBlock(ByteBuffer in) {
        need(in, 4);
        int length = in.getInt();
        if (length < 0) {
            throw new MalformedFrameException("negative block length " + length);
        }
        need(in, length);
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    private static void need(ByteBuffer in, int bytes) {
        if (in.remaining() < bytes) {
            throw new MalformedFrameException("frame truncated: needs " + bytes + " more bytes, has "
                    + in.remaining());
        }
    }

    private static void end(ByteBuffer in) {
        if (in.hasRemaining()) {
            throw new MalformedFrameException(in.remaining() + " unexpected bytes at frame end");
        }
    }
}
