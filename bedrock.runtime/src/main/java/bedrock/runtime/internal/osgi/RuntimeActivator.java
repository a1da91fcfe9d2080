package bedrock.runtime.internal.osgi;

import bedrock.api.check.SpecChecker;
import bedrock.api.client.ClientFactory;
import bedrock.api.module.ModuleFactory;
import bedrock.api.server.ServerFactory;
import bedrock.runtime.internal.rpc.Transport;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the runtime with its bundle: the {@link BedrockRuntime} (registered as
 * {@link ServerFactory} and {@link SpecChecker}), the module factories of the framework tracked as
 * a whiteboard, and the {@link ClientFactory} service. A plain activator rather than Declarative
 * Services, so that the runtime serves as soon as its bundle is active, without waiting for the
 * extender to start and parse every bundle's components (module bundles keep using DS).
 */
public final class RuntimeActivator implements BundleActivator {

    private BedrockRuntime runtime;
    private ServiceTracker<ModuleFactory, ModuleFactory> factories;
    private ServiceRegistration<?> serverFactory;
    private ServiceRegistration<ClientFactory> clientFactory;

    @Override
    public void start(BundleContext context) {
        preloadTransport();
        runtime = new BedrockRuntime();
        runtime.activate(context);
        factories = new ServiceTracker<>(context, ModuleFactory.class, null) {
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
        serverFactory = context.registerService(
                new String[] {ServerFactory.class.getName(), SpecChecker.class.getName()}, runtime, null);
        clientFactory = context.registerService(ClientFactory.class, new ClientFactoryComponent(), null);
    }

    @Override
    public void stop(BundleContext context) {
        clientFactory.unregister();
        serverFactory.unregister();
        runtime.deactivate();
        factories.close();
    }

    /**
     * Probes Netty's native transport (loading its library and classes, some 25 ms) on another
     * thread while this one sets up the runtime and a first service reads its spec; the service's
     * engine then finds it done (or waits for the probe instead of repeating it).
     */
    private static void preloadTransport() {
        Thread thread = new Thread(() -> {
            try {
                Transport.best();
            } catch (RuntimeException | LinkageError e) {
                // The engine probes again and reports what it finds.
            }
        }, "bedrock-transport-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        return properties;
    }
}
