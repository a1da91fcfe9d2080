package bedrock.runtime.internal.osgi;

import bedrock.api.check.SpecChecker;
import bedrock.api.client.ClientFactory;
import bedrock.api.module.ModuleFactory;
import bedrock.api.server.ServerFactory;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What a runtime exchanges with its framework: the module factories it tracks as a whiteboard,
 * and the {@link ServerFactory} / {@link SpecChecker} and {@link ClientFactory} services it offers.
 */
final class RuntimeServices {

    private final ServiceTracker<ModuleFactory, ModuleFactory> factories;
    private final ServiceRegistration<?> serverFactory;
    private final ServiceRegistration<ClientFactory> clientFactory;

    private RuntimeServices(ServiceTracker<ModuleFactory, ModuleFactory> factories,
            ServiceRegistration<?> serverFactory, ServiceRegistration<ClientFactory> clientFactory) {
        this.factories = factories;
        this.serverFactory = serverFactory;
        this.clientFactory = clientFactory;
    }

    /** Tracks the framework's module factories for that runtime, then registers its services. */
    static RuntimeServices open(BundleContext context, BedrockRuntime runtime) {
        ServiceTracker<ModuleFactory, ModuleFactory> factories = new ServiceTracker<>(context, ModuleFactory.class, null) {
            @Override
            public ModuleFactory addingService(ServiceReference<ModuleFactory> reference) {
                ModuleFactory factory = context.getService(reference);
                if (factory != null) {
                    runtime.addModuleFactory(factory, properties(reference));
                }
                return factory;
            }

            @Override
            public void removedService(ServiceReference<ModuleFactory> reference, ModuleFactory factory) {
                runtime.removeModuleFactory(factory, properties(reference));
                context.ungetService(reference);
            }
        };
        factories.open();
        ServiceRegistration<?> serverFactory = context.registerService(
                new String[] {ServerFactory.class.getName(), SpecChecker.class.getName()}, runtime, null);
        ServiceRegistration<ClientFactory> clientFactory =
                context.registerService(ClientFactory.class, new ClientFactoryComponent(), null);
        return new RuntimeServices(factories, serverFactory, clientFactory);
    }

    /** Unregisters the services; the module factories are released once the runtime is closed. */
    void unregister() {
        for (ServiceRegistration<?> registration : new ServiceRegistration<?>[] {clientFactory, serverFactory}) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // The framework is stopping.
            }
        }
    }

    /** Stops tracking the module factories. */
    void closeTracker() {
        factories.close();
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        return properties;
    }
}
