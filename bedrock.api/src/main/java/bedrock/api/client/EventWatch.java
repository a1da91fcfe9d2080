package bedrock.api.client;

import bedrock.api.ClientException;
import bedrock.api.event.EventBatch;
import bedrock.api.event.WatchedEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of one daemon as a blocking iterator: {@link #hasNext()} long-polls the daemon
 * ({@link ServiceHandle#pollEvents}) until an event comes or the watch is closed.
 *
 * <pre>{@code
 * try (EventWatch events = service.watch()) {
 *     while (events.hasNext()) {
 *         WatchedEvent e = events.next();
 *         System.out.println(e.topic() + " " + e.data());
 *     }
 * }
 * }</pre>
 *
 * <p>One thread iterates; {@link #close()} may be called from any thread and ends the iteration
 * at the latest when the current poll returns. A failed poll (the daemon went away) raises its
 * {@link ClientException} from {@link #hasNext()}.
 */
public final class EventWatch implements Iterator<WatchedEvent>, AutoCloseable {

    /** How long one poll waits on the daemon. */
    public static final Duration POLL = Duration.ofSeconds(10);

    private final ServiceHandle service;
    private final ArrayDeque<WatchedEvent> pending = new ArrayDeque<>();
    private long since;
    private long missed;
    private volatile boolean closed;

    EventWatch(ServiceHandle service, long since) {
        this.service = service;
        this.since = since;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !closed) {
            EventBatch batch = service.pollEvents(since, POLL);
            pending.addAll(batch.events());
            since = batch.next();
            missed += batch.missed();
        }
        return !pending.isEmpty();
    }

    @Override
    public WatchedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The watch is closed");
        }
        return pending.poll();
    }

    /** The sequence number the next poll starts after. */
    public long position() {
        return since;
    }

    /** How many events the daemon's bounded journal dropped before this watch could read them. */
    public long missed() {
        return missed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
