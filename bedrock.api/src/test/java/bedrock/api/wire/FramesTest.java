package bedrock.api.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FramesTest {

    @Test
    void requestRoundTripsWithItsLengthPrefix() {
        byte[] frame = Frames.request(7, 65535, utf8("echo"), utf8("s3cret"), new byte[] {1, 2, 3});
        ByteBuffer in = ByteBuffer.wrap(frame);
        assertEquals(frame.length - 4, in.getInt());
        Frames.Request request = Frames.readRequest(in);
        assertEquals(7, request.requestId());
        assertEquals(65535, request.providerId());
        assertEquals("echo", request.rpcName());
        assertEquals("s3cret", request.credential());
        assertArrayEquals(new byte[] {1, 2, 3}, request.payload());
    }

    @Test
    void responseRoundTripsAndAnEmptyPathReadsAsNone() {
        byte[] frame = Frames.response(9, 1, utf8("bad"), utf8("/a/0"));
        Frames.Response response = Frames.readResponse(ByteBuffer.wrap(frame, 4, frame.length - 4));
        assertEquals(9, response.requestId());
        assertEquals(1, response.status());
        assertEquals("/a/0", response.path());
        assertArrayEquals(utf8("bad"), response.body());
        byte[] bare = Frames.response(1, 0, new byte[0], new byte[0]);
        assertEquals(Frames.LENGTH_PREFIX + Frames.MIN_BODY, bare.length);
        assertNull(Frames.readResponse(ByteBuffer.wrap(bare, 4, bare.length - 4)).path());
    }

    @Test
    void malformedBodiesAreRefusedWithTheReason() {
        byte[] frame = Frames.response(1, 0, utf8("body"), new byte[0]);
        byte[] truncated = Arrays.copyOfRange(frame, 4, frame.length - 1);
        assertEquals("frame truncated: needs 4 more bytes, has 3", assertThrows(MalformedFrameException.class,
                () -> Frames.readResponse(ByteBuffer.wrap(truncated))).getMessage());
        assertEquals("frame type 2, expected 1", assertThrows(MalformedFrameException.class,
                () -> Frames.readRequest(ByteBuffer.wrap(frame, 4, frame.length - 4))).getMessage());
        byte[] longer = Arrays.copyOfRange(frame, 4, frame.length + 2);
        assertEquals("2 unexpected bytes at frame end", assertThrows(MalformedFrameException.class,
                () -> Frames.readResponse(ByteBuffer.wrap(longer))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Frames.shortString("x".repeat(65536), "RPC name"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
