package bedrock.runtime.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.event.DaemonEvent;
import bedrock.api.event.EventBatch;
import bedrock.api.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventJournalTest {

    private static void publish(EventJournal journal, String address) {
        journal.publish(Topics.DAEMON_READY, new DaemonEvent(address));
    }

    @Test
    void readersGetEventsAfterTheirNumberInOrder() throws Exception {
        EventJournal journal = new EventJournal(8, () -> 42L);
        publish(journal, "a");
        publish(journal, "b");
        publish(journal, "c");
        EventBatch batch = journal.since(1, Duration.ZERO, 10);
        assertEquals(List.of(2L, 3L), batch.events().stream().map(e -> e.seq()).toList());
        assertEquals("b", batch.events().get(0).data().get("address"));
        assertEquals(42L, batch.events().get(0).time());
        assertEquals(3, batch.next());
        assertEquals(0, batch.missed());
    }

    @Test
    void aSlowReaderLearnsHowManyTheRingDropped() throws Exception {
        EventJournal journal = new EventJournal(2, System::currentTimeMillis);
        for (int i = 0; i < 5; i++) {
            publish(journal, "x" + i);
        }
        EventBatch batch = journal.since(0, Duration.ZERO, 10);
        assertEquals(List.of(4L, 5L), batch.events().stream().map(e -> e.seq()).toList());
        assertEquals(3, batch.missed());
        EventBatch limited = journal.since(3, Duration.ZERO, 1);
        assertEquals(List.of(4L), limited.events().stream().map(e -> e.seq()).toList());
        assertEquals(4, limited.next());
    }

    @Test
    void aWaitingReaderWakesOnTheNextEventAndTimesOutWithNothing() throws Exception {
        EventJournal journal = new EventJournal();
        EventBatch none = journal.since(0, Duration.ofMillis(50), 10);
        assertTrue(none.events().isEmpty());
        assertEquals(0, none.next());
        CompletableFuture<EventBatch> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return journal.since(0, Duration.ofSeconds(30), 10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        publish(journal, "late");
        EventBatch batch = waiting.get(10, TimeUnit.SECONDS);
        assertEquals("late", batch.events().get(0).data().get("address"));
    }

    @Test
    void aNumberFromAnEarlierRunReadsFromTheStart() throws Exception {
        EventJournal journal = new EventJournal();
        publish(journal, "only");
        EventBatch batch = journal.since(500, Duration.ZERO, 10);
        assertEquals(1, batch.events().size());
    }
}
