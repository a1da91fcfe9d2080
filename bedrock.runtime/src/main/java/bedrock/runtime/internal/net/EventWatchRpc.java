package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import bedrock.api.event.EventBatch;
import bedrock.api.event.WatchedEvent;
import bedrock.api.json.Json;
import bedrock.runtime.internal.event.EventJournal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bedrock_watch_events}, a long poll of the service's event journal:
 * {@code {"since": seq, "timeout_ms": n}} answers {@code {"events": [...], "next": seq, "missed": n}}
 * once an event numbered above {@code since} exists, or after {@code timeout_ms} (at most
 * {@value #MAX_WAIT_MS}) with no event. Both sides share the encoding here.
 */
final class EventWatchRpc {

    /** The longest a poll may wait. */
    static final long MAX_WAIT_MS = 30_000;

    /** The most events one answer carries. */
    static final int MAX_EVENTS = 256;

    private EventWatchRpc() {
    }

    static Map<String, Object> answer(EventJournal journal, Map<String, Object> args) {
        long since = number(args, "since", 0);
        long wait = number(args, "timeout_ms", 0);
        if (since < 0 || wait < 0) {
            throw new BedrockException("Malformed bedrock_watch_events request: \"since\" and \"timeout_ms\" must not "
                    + "be negative, got " + Json.write(args));
        }
        EventBatch batch;
        try {
            batch = journal.since(since, Duration.ofMillis(Math.min(wait, MAX_WAIT_MS)), MAX_EVENTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BedrockException("The service is shutting down");
        }
        List<Object> events = new ArrayList<>();
        batch.events().forEach(e -> events.add(e.toMap()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", events);
        out.put("next", batch.next());
        out.put("missed", batch.missed());
        return out;
    }

    private static long number(Map<String, Object> args, String name, long otherwise) {
        Object value = args.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Number n)) {
            throw new BedrockException("Malformed bedrock_watch_events request: \"" + name
                    + "\" must be a number, got " + Json.write(value));
        }
        return n.longValue();
    }

    /** The client side: an answer back into a batch. */
    @SuppressWarnings("unchecked")
    static EventBatch decode(Object value, String address) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("events") instanceof List<?> list)
                || !(map.get("next") instanceof Number next)) {
            throw new bedrock.api.ClientException("Invalid bedrock_watch_events answer from " + address + ": "
                    + Json.write(value));
        }
        List<WatchedEvent> events = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> e = (Map<String, Object>) item;
            events.add(new WatchedEvent(((Number) e.get("seq")).longValue(), (String) e.get("topic"),
                    ((Number) e.get("time")).longValue(), (Map<String, Object>) e.get("data")));
        }
        long missed = map.get("missed") instanceof Number m ? m.longValue() : 0;
        return new EventBatch(events, next.longValue(), missed);
    }
}
