package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.runtime.internal.rpc.NettyRpcEngine;
import bedrock.runtime.internal.server.BedrockService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

/** Management RPCs sent raw, as a hostile or broken client would: refused, nothing created. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetHostileRequestsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "bedrock_add_pool|''",
        "bedrock_add_pool|{\"spec\":null}",
        "bedrock_add_pool|{}",
        "bedrock_add_xstream|''",
        "bedrock_add_xstream|{\"spec\":null}",
        "bedrock_start_provider|''",
        "bedrock_start_provider|{\"spec\":null}",
    })
    void emptyOrNullSpecsAreRefusedAndCreateNothing(String rpc, String payload) {
        try (BedrockService server = NetFixtures.start("{}");
                NettyRpcEngine client = NettyRpcEngine.builder().clientOnly().build().start()) {
            Object before = server.config();
            CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> client.callAsync(server.address(), 0, rpc, payload.getBytes(StandardCharsets.UTF_8),
                            Duration.ofSeconds(10), null).join());
            assertTrue(e.getCause() instanceof ClientException, e.toString());
            assertTrue(e.getCause().getMessage().startsWith("Missing "), e.getCause().getMessage());
            assertFalse(e.getCause().getMessage().contains("java."), e.getCause().getMessage());
            assertEquals(before, server.config());
        }
    }
}
