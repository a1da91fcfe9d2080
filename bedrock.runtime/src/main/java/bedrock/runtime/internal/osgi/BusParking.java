package bedrock.runtime.internal.osgi;

import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.typedevent.TypedEventBus;
import org.osgi.service.typedevent.TypedEventConstants;
import org.osgi.service.typedevent.TypedEventHandler;

/**
 * Keeps Aries' bus 0.0.2 quiet when it stops: its delivery thread prints the stack trace of the
 * interrupt that stops it whenever it is waiting for an event (fixed in later versions). Just
 * before the bus bundle stops, this hands the thread an event whose handler waits: the interrupt
 * then ends that wait instead, and the thread leaves without a trace. Lives as long as the runtime
 * bundle (the framework drops its listener and handler with it), not as long as the runtime component:
 * Declarative Services may deactivate the runtime before the bus stops. Thread-safe.
 */
final class BusParking implements SynchronousBundleListener {

    private static final String TOPIC = "bedrock-runtime/park";

    private final BundleContext context;
    private volatile CountDownLatch parked = new CountDownLatch(1);

    private static BundleContext installedFor;

    /** Installs the parking once for this bundle context. */
    static synchronized void ensure(BundleContext context) {
        if (installedFor != context) {
            new BusParking(context);
            installedFor = context;
        }
    }

    private BusParking(BundleContext context) {
        this.context = context;
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(TypedEventConstants.TYPED_EVENT_TOPICS, TOPIC);
        props.put(TypedEventConstants.TYPED_EVENT_TYPE, Object.class.getName());
        TypedEventHandler<Object> park = (topic, event) -> park();
        context.registerService(TypedEventHandler.class.getName(), park, props);
        context.addBundleListener(this);
    }

    private void park() {
        parked.countDown();
        try {
            // Bounded: a bus that is not stopping after all gets its thread back.
            Thread.sleep(5000);
        } catch (InterruptedException stopping) {
            // The bus stops: its loop sees it is no longer running and ends quietly.
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() != BundleEvent.STOPPING || !registersBus(event.getBundle())) {
            return;
        }
        TypedEventBus bus = context.getService(context.getServiceReference(TypedEventBus.class));
        if (bus == null) {
            return;
        }
        parked = new CountDownLatch(1);
        bus.deliver(TOPIC, new Object());
        try {
            parked.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean registersBus(Bundle bundle) {
        var services = bundle.getRegisteredServices();
        if (services == null) {
            return false;
        }
        for (var ref : services) {
            for (String type : (String[]) ref.getProperty("objectClass")) {
                if (type.equals(TypedEventBus.class.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
