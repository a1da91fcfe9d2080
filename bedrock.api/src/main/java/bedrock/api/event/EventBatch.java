package bedrock.api.event;

import java.util.List;

/**
 * One answer of a daemon's journal: the events after the sequence number asked for, and the number
 * to ask from next time.
 *
 * @param events the events, oldest first (empty when none came within the wait)
 * @param next the sequence number to pass as {@code since} next time
 * @param missed how many events were dropped from the bounded journal before they could be read
 */
public record EventBatch(List<WatchedEvent> events, long next, long missed) {

    public EventBatch {
        events = List.copyOf(events);
    }
}
