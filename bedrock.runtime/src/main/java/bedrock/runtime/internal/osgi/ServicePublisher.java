package bedrock.runtime.internal.osgi;

import bedrock.runtime.internal.core.Publisher;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Registers created providers and clients as OSGi services, so other bundles can find and wire them. */
final class ServicePublisher implements Publisher {

    private final BundleContext context;

    ServicePublisher(BundleContext context) {
        this.context = context;
    }

    @Override
    public Publication publish(Class<?> kind, Object object, Map<String, Object> properties) {
        ServiceRegistration<?> registration = context.registerService(kind.getName(), object,
                new Hashtable<>(properties));
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // The framework is stopping: the registration went with the bundle.
                }
            }
        };
    }
}
