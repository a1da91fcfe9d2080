package bedrock.api.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event as a remote watcher receives it from a daemon's journal.
 *
 * @param seq its number in the daemon's journal (increasing by one per event, from 1)
 * @param topic the topic it was published on
 * @param time when it happened, in milliseconds since the epoch
 * @param data the event's fields ({@link BedrockEvent#toMap()})
 */
public record WatchedEvent(long seq, String topic, long time, Map<String, Object> data) {

    public WatchedEvent {
        data = data == null ? Map.of() : data;
    }

    /** The JSON form: {@code {"seq", "topic", "time", "data"}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", seq);
        out.put("topic", topic);
        out.put("time", time);
        out.put("data", data);
        return out;
    }
}
