package bedrock.runtime.internal.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.CorruptedFrameException;
import java.nio.charset.StandardCharsets;

/**
 * The wire format. Every frame is a 4-byte big-endian length (of what follows) and a body whose
 * first byte is its type.
 *
 * <pre>
 * request:  type=1 | request id (i64) | provider id (u16) | name length (u16) | name (UTF-8)
 *           | credential length (u16, 0 = none) | credential (UTF-8) | payload length (i32) | payload
 * response: type=2 | request id (i64) | status (u8) | path length (u16, 0 = none) | path (UTF-8)
 *           | body length (i32) | body (payload, or UTF-8 error message)
 * </pre>
 *
 * <p>Every length is checked against the frame it sits in, so a malformed frame is reported as a
 * {@link CorruptedFrameException} instead of being misread. Stateless and thread-safe; encoders
 * allocate from the given allocator (pooled, direct) and the caller owns the returned buffer.
 */
final class FrameCodec {

    /** Type byte of a request frame. */
    public static final byte REQUEST = 1;
    /** Type byte of a response frame. */
    public static final byte RESPONSE = 2;
    /** Bytes of the length prefix. */
    public static final int LENGTH_PREFIX = 4;
    /** The smallest legal body: a response with no path and an empty body. */
    public static final int MIN_BODY = 1 + 8 + 1 + 2 + 4;

    private static final int REQUEST_FIXED = 1 + 8 + 2 + 2 + 2 + 4;
    private static final int RESPONSE_FIXED = 1 + 8 + 1 + 2 + 4;
    private static final byte[] NONE = new byte[0];

    private FrameCodec() {
    }

    /** The body size of a request with those encoded parts. */
    public static int requestBodySize(byte[] name, byte[] credential, int payloadLength) {
        return REQUEST_FIXED + name.length + credential.length + payloadLength;
    }

    /** The body size of a response with those encoded parts. */
    public static int responseBodySize(byte[] path, int bodyLength) {
        return RESPONSE_FIXED + path.length + bodyLength;
    }

    /** UTF-8 bytes of a string that must fit a u16 length; null gives the empty array. */
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

    /** Encodes a whole request frame, length prefix included. */
    public static ByteBuf encodeRequest(ByteBufAllocator alloc, long requestId, int providerId,
            byte[] name, byte[] credential, byte[] payload) {
        int body = requestBodySize(name, credential, payload.length);
        ByteBuf buf = alloc.ioBuffer(LENGTH_PREFIX + body);
        buf.writeInt(body);
        buf.writeByte(REQUEST);
        buf.writeLong(requestId);
        buf.writeShort(providerId);
        buf.writeShort(name.length);
        buf.writeBytes(name);
        buf.writeShort(credential.length);
        buf.writeBytes(credential);
        buf.writeInt(payload.length);
        buf.writeBytes(payload);
        return buf;
    }

    /** Encodes a whole response frame, length prefix included. */
    public static ByteBuf encodeResponse(ByteBufAllocator alloc, long requestId, RpcStatus status,
            byte[] body, byte[] path) {
        int size = responseBodySize(path, body.length);
        ByteBuf buf = alloc.ioBuffer(LENGTH_PREFIX + size);
        buf.writeInt(size);
        buf.writeByte(RESPONSE);
        buf.writeLong(requestId);
        buf.writeByte(status.code());
        buf.writeShort(path.length);
        buf.writeBytes(path);
        buf.writeInt(body.length);
        buf.writeBytes(body);
        return buf;
    }

    /**
     * Decodes one frame body (the length prefix already removed) of the expected type.
     *
     * @return a {@link RequestFrame} or a {@link ResponseFrame}
     * @throws CorruptedFrameException when the body is not a well-formed frame of that type
     */
    public static Object decode(ByteBuf body, byte expectedType) {
        byte type = body.readByte();
        if (type != expectedType) {
            throw new CorruptedFrameException("frame type " + type + ", expected " + expectedType);
        }
        if (type == REQUEST) {
            return decodeRequest(body);
        }
        return decodeResponse(body);
    }

    private static RequestFrame decodeRequest(ByteBuf in) {
        need(in, REQUEST_FIXED - 1);
        long id = in.readLong();
        int providerId = in.readUnsignedShort();
        String name = readShortString(in);
        if (name == null) {
            throw new CorruptedFrameException("request without an RPC name");
        }
        String credential = readShortString(in);
        byte[] payload = readBlock(in);
        end(in);
        return new RequestFrame(id, providerId, name, payload, credential);
    }

    private static ResponseFrame decodeResponse(ByteBuf in) {
        need(in, RESPONSE_FIXED - 1);
        long id = in.readLong();
        RpcStatus status = RpcStatus.of(in.readByte());
        if (status == null) {
            throw new CorruptedFrameException("unknown response status");
        }
        String path = readShortString(in);
        byte[] body = readBlock(in);
        end(in);
        return new ResponseFrame(id, status, body, path);
    }

    private static String readShortString(ByteBuf in) {
        need(in, 2);
        int length = in.readUnsignedShort();
        if (length == 0) {
            return null;
        }
        need(in, length);
        String value = in.toString(in.readerIndex(), length, StandardCharsets.UTF_8);
        in.skipBytes(length);
        return value;
    }

    private static byte[] readBlock(ByteBuf in) {
        need(in, 4);
        int length = in.readInt();
        if (length < 0) {
            throw new CorruptedFrameException("negative block length " + length);
        }
        need(in, length);
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return bytes;
    }

    private static void need(ByteBuf in, int bytes) {
        if (in.readableBytes() < bytes) {
            throw new CorruptedFrameException("frame truncated: needs " + bytes + " more bytes, has "
                    + in.readableBytes());
        }
    }

    private static void end(ByteBuf in) {
        if (in.isReadable()) {
            throw new CorruptedFrameException(in.readableBytes() + " unexpected bytes at frame end");
        }
    }
}
