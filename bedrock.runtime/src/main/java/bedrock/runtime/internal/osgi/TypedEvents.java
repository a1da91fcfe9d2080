package bedrock.runtime.internal.osgi;

import bedrock.runtime.internal.event.EventSink;
import org.osgi.framework.BundleContext;

/**
 * The runtime's way onto the OSGi Typed Events bus, which is optional: when the bus API package is
 * not wired to the runtime bundle (no {@code org.osgi.service.typedevent} in the framework), events
 * stay in each service's journal and nothing here loads a bus class.
 */
final class TypedEvents {

    private static final System.Logger LOG = System.getLogger(TypedEvents.class.getName());

    private TypedEvents() {
    }

    /** A sink delivering to the bus whenever one is registered; closing it stops tracking. */
    static Bridge open(BundleContext context) {
        try {
            Class.forName("org.osgi.service.typedevent.TypedEventBus", false, TypedEvents.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            LOG.log(System.Logger.Level.DEBUG, "No OSGi Typed Events API: runtime events stay in the journals");
            return new Bridge(EventSink.none(), () -> { });
        }
        BusPublisher publisher = new BusPublisher(context);
        return new Bridge(publisher, publisher::close);
    }

    /** The sink, and how to stop it. */
    record Bridge(EventSink sink, Runnable close) {
    }
}
