package bedrock.runtime.internal.osgi;

import bedrock.api.event.BedrockEvent;
import bedrock.api.event.Topics;
import bedrock.runtime.internal.event.EventSink;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.typedevent.TypedEventBus;
import org.osgi.service.typedevent.TypedEventConstants;
import org.osgi.service.typedevent.TypedEventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Delivers events to the Typed Events bus, when one is registered, as the event records themselves
 * (a {@code TypedEventHandler<EntityEvent>} receives the runtime's own {@code EntityEvent}). Loaded
 * only when the bus API is wired (see {@link TypedEvents}). Thread-safe.
 */
final class BusPublisher implements EventSink {

    private static final System.Logger LOG = System.getLogger(BusPublisher.class.getName());

    private final ServiceTracker<TypedEventBus, TypedEventBus> bus;
    private final ServiceRegistration<?> quiet;

    BusPublisher(BundleContext context) {
        this.bus = new ServiceTracker<>(context, TypedEventBus.class, null);
        bus.open();
        // Aries' bus 0.0.2 prints a line on standard output for every event no handler takes: this
        // handler takes them all, as they are (type Object: no conversion), and does nothing.
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(TypedEventConstants.TYPED_EVENT_TOPICS, Topics.ALL);
        props.put(TypedEventConstants.TYPED_EVENT_TYPE, Object.class.getName());
        TypedEventHandler<Object> nothing = (topic, event) -> { };
        this.quiet = context.registerService(TypedEventHandler.class.getName(), nothing, props);
        BusParking.ensure(context);
    }

    @Override
    public void publish(String topic, BedrockEvent event) {
        TypedEventBus current = bus.getService();
        if (current == null) {
            return;
        }
        try {
            current.deliver(topic, event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not deliver a " + topic + " event", e);
        }
    }

    void close() {
        try {
            quiet.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The runtime bundle is stopping.
        }
        bus.close();
    }
}
