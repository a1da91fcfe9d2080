package bedrock.runtime.internal.osgi;

import bedrock.api.server.ServerFactory;
import java.util.function.Function;
import org.osgi.framework.BundleContext;

/**
 * The runtime started from the host's class path instead of from its bundle, so that a daemon
 * serves before any OSGi framework exists (its classes then come from the class-data archive;
 * a bundle's cannot). The framework is booted afterwards, with the host exporting the runtime's
 * API packages to it and without the runtime bundle, and {@link #attach attached}: from then on
 * the runtime is the one the framework sees, as if its bundle were active (services registered
 * by the system bundle, module factories tracked, events on the bus). Until then, loading a module
 * bundle waits for the framework (asking for it at once through {@code onDemand}), the services'
 * registrations wait, and events stay in the services' journals. Thread-safe.
 */
public final class HostedRuntime implements AutoCloseable {

    private final BedrockRuntime runtime = new BedrockRuntime();
    private final PendingContext context;
    private volatile RuntimeServices services;

    /**
     * @param properties the framework properties the runtime reads (falling back to system properties)
     * @param onDemand asks for the framework now (e.g. a spec that loads a module); may be called
     *     from any thread, at most once
     */
    public HostedRuntime(Function<String, String> properties, Runnable onDemand) {
        RuntimeActivator.preloadTransport();
        this.context = PendingContext.awaiting(onDemand);
        runtime.activate(context, key -> {
            String value = properties.apply(key);
            return value != null ? value : System.getProperty(key);
        });
    }

    /** The runtime's factory (also a {@link bedrock.api.check.SpecChecker}). */
    public ServerFactory servers() {
        return runtime;
    }

    /**
     * Joins the framework, once: the system bundle's context then registers the runtime's
     * services and the ones waiting, and tracks the module factories.
     */
    public void attach(BundleContext systemContext) {
        // The factories first: a module load waiting for the context then finds its types tracked.
        services = RuntimeServices.open(systemContext, runtime);
        context.attach(systemContext);
    }

    /** The framework could not be booted: what waits for it fails at once, saying why. */
    public void attachFailed(String reason) {
        context.fail(reason);
    }

    /** Closes every running service, then leaves the framework (if attached). Idempotent. */
    @Override
    public void close() {
        RuntimeServices attached = services;
        services = null;
        if (attached != null) {
            attached.unregister();
        }
        runtime.deactivate();
        if (attached != null) {
            attached.closeTracker();
        }
    }
}
