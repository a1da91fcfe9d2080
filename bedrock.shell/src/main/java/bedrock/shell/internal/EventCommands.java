package bedrock.shell.internal;

import bedrock.api.event.EventBatch;
import bedrock.api.event.WatchedEvent;
import bedrock.api.json.Json;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code bedrock:events}: the events of a service (local or remote) from its journal, one JSON line
 * each ({@code {"seq", "topic", "time", "data"}}). Tail a service by passing the last {@code seq}
 * seen and a wait: the command returns as soon as a newer event exists.
 */
@Component(service = EventCommands.class, property = {"osgi.command.scope=bedrock", "osgi.command.function=events"})
public final class EventCommands {

    @Reference
    private Targets targets;

    @Descriptor("the events the only local service still holds, one JSON line each")
    public String events() {
        return events(targets.local(null).address(), 0, 0);
    }

    @Descriptor("the events of the service at an address, one JSON line each")
    public String events(@Descriptor("address") String address) {
        return events(address, 0, 0);
    }

    @Descriptor("the events after a sequence number, waiting up to some seconds for one to come")
    public String events(@Descriptor("address") String address,
            @Descriptor("last sequence number seen (0: all)") long since,
            @Descriptor("seconds to wait for a newer event (at most 30)") int seconds) {
        EventBatch batch = targets.remote(address, h -> h.pollEvents(since, Duration.ofSeconds(Math.max(0, seconds))));
        return batch.events().stream().map(WatchedEvent::toMap).map(Json::write).collect(Collectors.joining("\n"));
    }
}
