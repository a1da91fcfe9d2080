package bedrock.runtime.internal.event;

import bedrock.api.event.BedrockEvent;
import bedrock.api.event.EventBatch;
import bedrock.api.event.WatchedEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The last events of a service, numbered from 1, in a bounded ring: what
 * {@code bedrock_watch_events} answers. A reader asks for the events after the last number it saw
 * and may wait (bounded) for one to come; a reader too slow for the ring learns how many it missed.
 * Thread-safe.
 */
public final class EventJournal implements EventSink {

    /** Events kept by default. */
    public static final int CAPACITY = 1024;

    private final int capacity;
    private final LongSupplier clock;
    private final ArrayDeque<WatchedEvent> ring = new ArrayDeque<>();
    private long last;
    private boolean closed;

    public EventJournal() {
        this(CAPACITY, System::currentTimeMillis);
    }

    EventJournal(int capacity, LongSupplier clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public synchronized void publish(String topic, BedrockEvent event) {
        ring.addLast(new WatchedEvent(++last, topic, clock.getAsLong(), event.toMap()));
        if (ring.size() > capacity) {
            ring.removeFirst();
        }
        notifyAll();
    }

    /**
     * The events numbered above {@code since}, at most {@code max}, waiting up to {@code wait} for
     * the first one; returns at once with what there is when the journal is closed. A
     * {@code since} above the last number (from an earlier run of the daemon) reads from the start.
     */
    public synchronized EventBatch since(long since, Duration wait, int max) throws InterruptedException {
        if (since > last || since < 0) {
            // A number from another run of the daemon (or none): start from what is kept.
            since = 0;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (last <= since && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        long first = ring.isEmpty() ? last + 1 : ring.getFirst().seq();
        long missed = Math.max(0, first - since - 1);
        List<WatchedEvent> out = new ArrayList<>();
        for (WatchedEvent e : ring) {
            if (e.seq() > since && out.size() < max) {
                out.add(e);
            }
        }
        long next = out.isEmpty() ? Math.max(since, first - 1) : out.get(out.size() - 1).seq();
        return new EventBatch(out, next, missed);
    }

    /** The number of the last event published (0 before the first). */
    public synchronized long last() {
        return last;
    }

    /** Wakes every waiting reader; later reads return at once. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
