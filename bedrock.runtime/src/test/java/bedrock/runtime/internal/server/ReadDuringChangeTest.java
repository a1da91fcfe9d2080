package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reading the configuration never waits for a change in progress: it sees the last committed state. */
class ReadDuringChangeTest {

    @Test
    void configAndQueriesAnswerWhileAChangeHoldsTheService() throws Exception {
        try (BedrockService server = Services.start("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"}]}}}")) {
            try (HeldChange held = new HeldChange(server, "test")) {
                Map<String, Object> config = CompletableFuture.supplyAsync(server::config).get(5, TimeUnit.SECONDS);
                assertEquals(List.of("p", "__primary__"), ((List<?>) ((Map<?, ?>) ((Map<?, ?>) config.get("margo"))
                        .get("argobots")).get("pools")).stream().map(x -> ((Map<?, ?>) x).get("name")).toList());
                assertEquals(2L, CompletableFuture.supplyAsync(() -> server.query(
                        "return count($__config__.margo.argobots.pools);").value()).get(5, TimeUnit.SECONDS));
                held.assertStillHeld();
            }
        }
    }
}
