package bedrock.runtime.internal.event;

import bedrock.api.event.BedrockEvent;

/** An event and the topic it goes to. */
public record Published(String topic, BedrockEvent event) {

    /** Hands it to a sink. */
    public void to(EventSink sink) {
        sink.publish(topic, event);
    }
}
