package bedrock.web.internal;

import bedrock.api.event.BedrockEvent;
import bedrock.api.event.Topics;
import bedrock.api.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.typedevent.TypedEventHandler;
import org.osgi.service.typedevent.propertytypes.EventTopics;

/**
 * Takes every Bedrock event from the Typed Events bus and hands it, as one JSON line
 * ({@code {"topic", "data"}}), to each open Server-Sent Events stream. A stream that falls
 * {@value #BACKLOG} events behind is dropped (its page reconnects and reloads). Thread-safe.
 */
@Component(service = {TypedEventHandler.class, EventFeed.class})
@EventTopics(Topics.ALL)
public final class EventFeed implements TypedEventHandler<BedrockEvent> {

    /** How many events a slow stream may have waiting. */
    static final int BACKLOG = 1000;

    private final List<BlockingQueue<String>> streams = new CopyOnWriteArrayList<>();

    @Override
    public void notify(String topic, BedrockEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("topic", topic);
        line.put("data", event.toMap());
        String json = Json.write(line);
        for (BlockingQueue<String> stream : streams) {
            if (!stream.offer(json)) {
                streams.remove(stream);
            }
        }
    }

    /** A new stream's queue; {@link #close} it when the client goes. */
    BlockingQueue<String> open() {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>(BACKLOG);
        streams.add(queue);
        return queue;
    }

    void close(BlockingQueue<String> queue) {
        streams.remove(queue);
    }

    /** Whether a queue is still fed (false once dropped for lagging). */
    boolean isOpen(BlockingQueue<String> queue) {
        return streams.contains(queue);
    }
}
