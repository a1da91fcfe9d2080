package bedrock.api.event;

import java.util.Map;

/**
 * A pool, xstream, client, provider, abt_io instance or group was added to or removed from a daemon
 * ({@link Topics#added(String)}, {@link Topics#removed(String)}).
 *
 * @param address the daemon's address
 * @param kind {@code pool}, {@code xstream}, {@code client}, {@code provider}, {@code abt_io} or {@code ssg}
 * @param name the entity's name
 * @param config its entry in the completed configuration (as it was when removed); never null
 */
public record EntityEvent(String address, String kind, String name, Map<String, Object> config)
        implements BedrockEvent {

    public EntityEvent {
        config = config == null ? Map.of() : config;
    }
}
