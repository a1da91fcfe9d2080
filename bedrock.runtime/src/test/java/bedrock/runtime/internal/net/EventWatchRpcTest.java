package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.EventWatch;
import bedrock.api.client.ServiceHandle;
import bedrock.api.event.EventBatch;
import bedrock.api.event.WatchedEvent;
import bedrock.runtime.internal.server.BedrockService;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code bedrock_watch_events} over the network, with a credential on the daemon that reading does not need. */
class EventWatchRpcTest {

    @Test
    void aWatcherSeesTheJournalThenWaitsForTheNextChange() throws Exception {
        try (BedrockService server = NetFixtures.start("{}", new NetSecurity("secret", ModuleLocationPolicy.defaults()));
                Client client = NetFixtures.client()) {
            ServiceHandle handle = client.makeServiceHandle(server.address(), 0);
            EventBatch start = handle.pollEvents(0, Duration.ZERO);
            assertEquals("bedrock/daemon/ready", start.events().get(start.events().size() - 1).topic());
            CompletableFuture<EventBatch> waiting = handle.pollEventsAsync(start.next(), Duration.ofSeconds(20));
            server.pools().create(Map.of("name", "late"));
            EventBatch next = waiting.get(15, TimeUnit.SECONDS);
            WatchedEvent added = next.events().get(0);
            assertEquals("bedrock/pool/added", added.topic());
            assertEquals("late", added.data().get("name"));
            assertEquals(start.next() + 1, added.seq());
        }
    }

    @Test
    void theIteratorFollowsAndCloses() throws Exception {
        try (BedrockService server = NetFixtures.start("{}"); Client client = NetFixtures.client()) {
            try (EventWatch watch = client.makeServiceHandle(server.address(), 0).watch()) {
                WatchedEvent first = watch.next();
                assertEquals(1, first.seq());
                assertTrue(first.topic().startsWith("bedrock/"));
            }
        }
    }

    @Test
    void aMalformedRequestIsRefusedNamingTheField() throws Exception {
        try (BedrockService server = NetFixtures.start("{}"); Client client = NetFixtures.client()) {
            ClientException e = assertThrows(ClientException.class,
                    () -> client.makeServiceHandle(server.address(), 0).pollEvents(-1, Duration.ZERO));
            assertTrue(e.getMessage().contains("\"since\""), e.getMessage());
        }
    }
}
