package bedrock.runtime.internal.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;

    @Test
    void roundTripsARequestSplitAcrossReads() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1 << 20, FrameCodec.REQUEST));
        ByteBuf frame = FrameCodec.encodeRequest(ALLOC, 42, 65535, utf8("echo"), utf8("s3cret"),
                new byte[] {1, 2, 3});
        channel.writeInbound(frame.readRetainedSlice(7));
        assertNull(channel.readInbound());
        channel.writeInbound(frame);
        RequestFrame request = channel.readInbound();
        assertEquals(42, request.requestId());
        assertEquals(65535, request.providerId());
        assertEquals("echo", request.rpcName());
        assertEquals("s3cret", request.credential());
        assertArrayEquals(new byte[] {1, 2, 3}, request.payload());
        assertFalse(channel.finish());
    }

    @Test
    void roundTripsTwoResponsesInOneRead() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1 << 20, FrameCodec.RESPONSE));
        ByteBuf both = Unpooled.buffer();
        ByteBuf a = FrameCodec.encodeResponse(ALLOC, 1, RpcStatus.OK, new byte[] {9}, new byte[0]);
        ByteBuf b = FrameCodec.encodeResponse(ALLOC, 2, RpcStatus.ERROR, utf8("bad"), utf8("/a/0"));
        both.writeBytes(a).writeBytes(b);
        a.release();
        b.release();
        channel.writeInbound(both);
        ResponseFrame first = channel.readInbound();
        ResponseFrame second = channel.readInbound();
        assertEquals(RpcStatus.OK, first.status());
        assertNull(first.path());
        assertEquals("bad", second.message());
        assertEquals("/a/0", second.path());
    }

    @Test
    void closesOnOversizedLengthBeforeBuffering() {
        Failures failures = new Failures();
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1024, FrameCodec.REQUEST), failures);
        channel.writeInbound(Unpooled.buffer().writeInt(1025).writeByte(FrameCodec.REQUEST));
        assertFalse(channel.isOpen());
        failures.assertOne("frame length 1025");
    }

    @Test
    void closesOnWrongTypeAndTruncatedFields() {
        Failures typeFailures = new Failures();
        EmbeddedChannel wrongType = new EmbeddedChannel(new FrameDecoder(1024, FrameCodec.REQUEST), typeFailures);
        wrongType.writeInbound(FrameCodec.encodeResponse(ALLOC, 1, RpcStatus.OK, new byte[0],
                new byte[0]));
        assertFalse(wrongType.isOpen());
        typeFailures.assertOne("frame type 2");

        Failures lyingFailures = new Failures();
        EmbeddedChannel lying = new EmbeddedChannel(new FrameDecoder(1024, FrameCodec.REQUEST), lyingFailures);
        ByteBuf frame = Unpooled.buffer().writeInt(20).writeByte(FrameCodec.REQUEST).writeLong(1)
                .writeShort(0).writeShort(500).writeBytes(new byte[7]);
        lying.writeInbound(frame);
        assertFalse(lying.isOpen());
        assertNull(lying.readInbound());
        lyingFailures.assertOne("truncated");
    }

    /** The handler after the decoder: records why the decoder gave up on the connection. */
    private static final class Failures extends io.netty.channel.ChannelInboundHandlerAdapter {
        private final java.util.List<Throwable> seen = new java.util.ArrayList<>();

        @Override
        public void exceptionCaught(io.netty.channel.ChannelHandlerContext ctx, Throwable cause) {
            seen.add(cause);
        }

        void assertOne(String reason) {
            assertEquals(1, seen.size(), "failures: " + seen);
            org.junit.jupiter.api.Assertions.assertInstanceOf(
                    io.netty.handler.codec.CorruptedFrameException.class, seen.get(0));
            org.junit.jupiter.api.Assertions.assertTrue(seen.get(0).getMessage().contains(reason),
                    seen.get(0).getMessage());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
