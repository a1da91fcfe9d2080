package bedrock.api.event;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Something that happened in a Bedrock daemon. Implementations are immutable records; the topic an
 * event is published on (see {@link Topics}) says what happened, the record says to what.
 */
@ProviderType
public interface BedrockEvent {

    /** The address of the daemon the event happened in (empty when it never got one). */
    String address();

    /**
     * The event's fields by record component name, in declaration order: the JSON form that
     * {@code bedrock_watch_events} and the web view carry.
     */
    default Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            try {
                out.put(component.getName(), component.getAccessor().invoke(this));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Unreadable event field " + component.getName(), e);
            }
        }
        return out;
    }
}
