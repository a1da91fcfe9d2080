package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reading the configuration never waits for a change in progress: it sees the last committed state. */
class ReadDuringChangeTest {

    @Test
    void configAndQueriesAnswerWhileAChangeHoldsTheService() throws Exception {
        try (BedrockService server = Services.start("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"}]}}}")) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> server.change("test", tx -> {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            try {
                inside.await(5, TimeUnit.SECONDS);
                Map<String, Object> config = CompletableFuture.supplyAsync(server::config).get(5, TimeUnit.SECONDS);
                assertEquals(List.of("p", "__primary__"), ((List<?>) ((Map<?, ?>) ((Map<?, ?>) config.get("margo"))
                        .get("argobots")).get("pools")).stream().map(x -> ((Map<?, ?>) x).get("name")).toList());
                assertEquals(2L, CompletableFuture.supplyAsync(() -> server.query(
                        "return count($__config__.margo.argobots.pools);").value()).get(5, TimeUnit.SECONDS));
                assertFalse(slow.isDone());
            } finally {
                release.countDown();
                slow.get(10, TimeUnit.SECONDS);
            }
        }
    }
}
