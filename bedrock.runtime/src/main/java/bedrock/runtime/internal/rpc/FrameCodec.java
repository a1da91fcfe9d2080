package bedrock.runtime.internal.rpc;

import bedrock.api.wire.Frames;
import bedrock.api.wire.MalformedFrameException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.CorruptedFrameException;
import java.nio.ByteBuffer;

/**
 * The wire format ({@link Frames}, shared with the launcher's socket client) on Netty buffers.
 * Encoders write straight into a buffer from the given allocator (pooled, direct), no copy in
 * between, and the caller owns it; decoders report a malformed frame as a
 * {@link CorruptedFrameException}. Stateless and thread-safe.
 */
final class FrameCodec {

    /** Type byte of a request frame. */
    public static final byte REQUEST = Frames.REQUEST;
    /** Type byte of a response frame. */
    public static final byte RESPONSE = Frames.RESPONSE;
    /** Bytes of the length prefix. */
    public static final int LENGTH_PREFIX = Frames.LENGTH_PREFIX;
    /** The smallest legal body: a response with no path and an empty body. */
    public static final int MIN_BODY = Frames.MIN_BODY;

    private FrameCodec() {
    }

    /** The body size of a request with those encoded parts. */
    public static int requestBodySize(byte[] name, byte[] credential, int payloadLength) {
        return Frames.requestBodySize(name, credential, payloadLength);
    }

    /** The body size of a response with those encoded parts. */
    public static int responseBodySize(byte[] path, int bodyLength) {
        return Frames.responseBodySize(path, bodyLength);
    }

    /** UTF-8 bytes of a string that must fit a u16 length; null gives the empty array. */
    public static byte[] shortString(String value, String what) {
        return Frames.shortString(value, what);
    }

    /** Encodes a whole request frame, length prefix included. */
    public static ByteBuf encodeRequest(ByteBufAllocator alloc, long requestId, int providerId,
            byte[] name, byte[] credential, byte[] payload) {
        int size = Frames.requestFrameSize(name, credential, payload.length);
        ByteBuf buf = alloc.ioBuffer(size);
        Frames.writeRequest(buf.nioBuffer(0, size), requestId, providerId, name, credential, payload);
        return buf.writerIndex(size);
    }

    /** Encodes a whole response frame, length prefix included. */
    public static ByteBuf encodeResponse(ByteBufAllocator alloc, long requestId, RpcStatus status,
            byte[] body, byte[] path) {
        int size = Frames.responseFrameSize(path, body.length);
        ByteBuf buf = alloc.ioBuffer(size);
        Frames.writeResponse(buf.nioBuffer(0, size), requestId, status.code(), body, path);
        return buf.writerIndex(size);
    }

    /**
     * Decodes one frame body (the length prefix already removed) of the expected type, consuming
     * it.
     *
     * @return a {@link RequestFrame} or a {@link ResponseFrame}
     * @throws CorruptedFrameException when the body is not a well-formed frame of that type
     */
    public static Object decode(ByteBuf body, byte expectedType) {
        ByteBuffer in = body.nioBuffer();
        body.skipBytes(body.readableBytes());
        try {
            if (expectedType == REQUEST) {
                Frames.Request r = Frames.readRequest(in);
                return new RequestFrame(r.requestId(), r.providerId(), r.rpcName(), r.payload(),
                        r.credential());
            }
            Frames.Response r = Frames.readResponse(in);
            RpcStatus status = r.status() > Byte.MAX_VALUE ? null : RpcStatus.of((byte) r.status());
            if (status == null) {
                throw new CorruptedFrameException("unknown response status");
            }
            return new ResponseFrame(r.requestId(), status, r.body(), r.path());
        } catch (MalformedFrameException e) {
            throw new CorruptedFrameException(e.getMessage());
        }
    }
}
