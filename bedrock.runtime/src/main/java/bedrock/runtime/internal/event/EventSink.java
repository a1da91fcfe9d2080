package bedrock.runtime.internal.event;

import bedrock.api.event.BedrockEvent;

/**
 * Where a service's events go (the OSGi Typed Events bus, a journal, a test). Called outside the
 * service lock, in the order the events happened; must not throw and should not block.
 */
@FunctionalInterface
public interface EventSink {

    /** Takes one event published on {@code topic}. */
    void publish(String topic, BedrockEvent event);

    /** Drops every event. */
    static EventSink none() {
        return (topic, event) -> { };
    }

    /** Both sinks, this one first. */
    default EventSink andThen(EventSink other) {
        return (topic, event) -> {
            publish(topic, event);
            other.publish(topic, event);
        };
    }
}
