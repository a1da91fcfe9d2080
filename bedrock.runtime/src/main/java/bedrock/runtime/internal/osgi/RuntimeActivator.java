package bedrock.runtime.internal.osgi;

import bedrock.api.server.ServerFactory;
import bedrock.runtime.internal.rpc.Transport;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts the runtime with its bundle: the {@link BedrockRuntime} (registered as
 * {@link ServerFactory} and {@link bedrock.api.check.SpecChecker}), the module factories of the framework tracked as
 * a whiteboard, and the {@link bedrock.api.client.ClientFactory} service ({@link RuntimeServices}). A plain activator rather than Declarative
 * Services, so that the runtime serves as soon as its bundle is active, without waiting for the
 * extender to start and parse every bundle's components (module bundles keep using DS).
 */
public final class RuntimeActivator implements BundleActivator {

    private BedrockRuntime runtime;
    private RuntimeServices services;

    @Override
    public void start(BundleContext context) {
        preloadTransport();
        runtime = new BedrockRuntime();
        runtime.activate(context);
        services = RuntimeServices.open(context, runtime);
    }

    @Override
    public void stop(BundleContext context) {
        services.unregister();
        runtime.deactivate();
        services.closeTracker();
    }

    /**
     * Probes Netty's native transport (loading its library and classes, some 25 ms) on another
     * thread while this one sets up the runtime and a first service reads its spec; the service's
     * engine then finds it done (or waits for the probe instead of repeating it).
     */
    static void preloadTransport() {
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
}
