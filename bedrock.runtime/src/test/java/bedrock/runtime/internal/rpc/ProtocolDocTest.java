package bedrock.runtime.internal.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/protocol.md is what other languages' clients (the Python package) implement: its example
 * bytes and its status codes are this codec's.
 */
class ProtocolDocTest {

    private static final Path DOC = Path.of("..", "docs", "protocol.md");

    @Test
    void theDocumentedRequestIsTheCodecs() throws Exception {
        String text = Files.readString(DOC);
        String block = text.split("## A minimal exchange", 2)[1].split("```", 3)[1];
        // Each line: the bytes, then (after 3 spaces or more) what they are.
        String hex = Arrays.stream(block.strip().split("\n"))
                .map(line -> line.split(" {3,}", 2)[0].replace(" ", ""))
                .collect(Collectors.joining());
        ByteBuf frame = FrameCodec.encodeRequest(ByteBufAllocator.DEFAULT, 1, 0,
                "bedrock_get_config".getBytes(StandardCharsets.UTF_8), new byte[0], new byte[0]);
        try {
            assertArrayEquals(ByteBufUtil.decodeHexDump(hex), ByteBufUtil.getBytes(frame));
        } finally {
            frame.release();
        }
    }

    @Test
    void theDocumentedStatusesAreTheCodecs() throws Exception {
        String text = Files.readString(DOC);
        for (RpcStatus status : RpcStatus.values()) {
            String row = "| " + status.code() + " | " + status.name() + " |";
            assertTrue(text.contains(row), "docs/protocol.md lacks the row " + row);
        }
    }
}
