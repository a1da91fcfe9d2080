package bedrock.runtime.internal.osgi;

import bedrock.runtime.internal.core.Publisher;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers created providers and clients (and running services) as OSGi services, so other
 * bundles can find and wire them. Before the framework is up ({@link HostedRuntime}) the
 * registration waits for it; a publication closed meanwhile is never registered.
 */
final class ServicePublisher implements Publisher {

    private final PendingContext context;

    ServicePublisher(PendingContext context) {
        this.context = context;
    }

    @Override
    public Publication publish(Class<?> kind, Object object, Map<String, Object> properties) {
        Registration registration = new Registration();
        Hashtable<String, Object> copy = new Hashtable<>(properties);
        context.whenAttached(bundleContext -> registration.register(
                () -> bundleContext.registerService(kind.getName(), object, copy)));
        return registration::close;
    }

    /** One publication: registered at most once, unregistered at most once. */
    private static final class Registration {
        private ServiceRegistration<?> registration;
        private boolean closed;

        void register(java.util.function.Supplier<ServiceRegistration<?>> how) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                registration = how.get();
            }
        }

        void close() {
            ServiceRegistration<?> registered;
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                registered = registration;
            }
            if (registered != null) {
                try {
                    registered.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // The framework is stopping: the registration went with the bundle.
                }
            }
        }
    }
}
