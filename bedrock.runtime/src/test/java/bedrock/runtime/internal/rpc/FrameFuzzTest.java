package bedrock.runtime.internal.rpc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.runtime.internal.fuzz.Fuzzer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.util.ReferenceCountUtil;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Frames from the corpus, mutated and cut into random reads, through a request and a response
 * decoder: each input gives decoded frames or a closed connection, never an exception that
 * escapes the decoder.
 */
@Timeout(120)
class FrameFuzzTest {

    private static final List<String> TOKENS = List.of("\u0000\u0000\u0000\u0010", "\u0001", "\u0002",
            "\u007f\u00ff\u00ff\u00ff", "\u00ff\u00ff", "\u0000\u0000");
    private final Random cuts = new Random(7);

    @Test
    void mutatedFramesDecodeOrClose() {
        long runs = new Fuzzer(Fuzzer.corpus("frames"), TOKENS).run(this::property);
        assertTrue(runs > 4, "ran " + runs);
    }

    private void property(byte[] input) {
        for (byte type : new byte[] {FrameCodec.REQUEST, FrameCodec.RESPONSE}) {
            // As the real handlers do: a refused frame is reported, then the connection closes.
            ChannelInboundHandlerAdapter sink = new ChannelInboundHandlerAdapter() {
                @Override
                public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                    assertTrue(cause instanceof CorruptedFrameException, cause::toString);
                }
            };
            EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(64 * 1024, type), sink);
            int at = 0;
            while (at < input.length && channel.isActive()) {
                int n = Math.min(input.length - at, 1 + cuts.nextInt(32));
                channel.writeInbound(Unpooled.wrappedBuffer(input, at, n));
                at += n;
            }
            Object decoded;
            while ((decoded = channel.readInbound()) != null) {
                assertTrue(decoded instanceof RequestFrame || decoded instanceof ResponseFrame, decoded::toString);
                ReferenceCountUtil.release(decoded);
            }
            channel.finishAndReleaseAll();
        }
    }
}
