package bedrock.runtime.internal.osgi;

import bedrock.api.BedrockException;
import bedrock.api.check.CheckReport;
import bedrock.api.check.SpecChecker;
import bedrock.api.module.ModuleFactory;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Publisher;
import bedrock.runtime.internal.net.BedrockRpcs;
import bedrock.runtime.internal.net.NetRemoteProviders;
import bedrock.runtime.internal.net.NetSecurity;
import bedrock.runtime.internal.server.BedrockService;
import bedrock.runtime.internal.server.Jx9Scripts;
import bedrock.runtime.internal.server.NettyEngines;
import bedrock.runtime.internal.server.ServiceSetup;
import bedrock.runtime.internal.server.SpecCheck;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.framework.BundleContext;

/**
 * The runtime as an OSGi service: starts Bedrock services on request (and checks specs without starting them), with the module factories
 * of the framework (tracked as a whiteboard) and module bundles installed into it. Every running
 * service is registered as a {@link Server} service with property {@code bedrock.address}, so shell
 * commands and other bundles can find it; deactivation closes them all. Created and wired by
 * {@link RuntimeActivator} (no Declarative Services: the runtime is usable before any extender runs).
 */
public final class BedrockRuntime implements ServerFactory, SpecChecker {

    /** How long a started bundle may take to register its module types (ms), framework property. */
    public static final String MODULE_TIMEOUT = "bedrock.module.timeout";

    private final ModuleRegistry modules = new ModuleRegistry();
    private final Set<Server> running = ConcurrentHashMap.newKeySet();
    private ServicePublisher publisher;
    private ServiceSetup setup;
    private volatile TypedEvents.Bridge bus;

    void activate(BundleContext bundleContext) {
        activate(PendingContext.of(bundleContext), bundleContext::getProperty);
    }

    /**
     * Activates the runtime in a context that may come later: its services serve at once, what
     * needs the framework (loading a module bundle, the services' registrations, the bus) waits for it.
     *
     * @param properties the framework's properties (falling back to the system's)
     */
    void activate(PendingContext pending, Function<String, String> properties) {
        String timeout = properties.apply(MODULE_TIMEOUT);
        Duration typeTimeout = Duration.ofMillis(timeout == null ? 10_000 : Long.parseLong(timeout));
        this.publisher = new ServicePublisher(pending);
        this.setup = new ServiceSetup(modules, new BundleModuleLoader(pending, typeTimeout),
                new NettyEngines(), new Jx9Scripts(), NetRemoteProviders::new,
                publisher, typeTimeout,
                BedrockRpcs.installer(security(properties)), (topic, event) -> {
                    TypedEvents.Bridge current = bus;
                    if (current != null) {
                        current.sink().publish(topic, event);
                    }
                });
        // Events before the framework is up stay in the services' journals, as with no bus.
        pending.whenAttached(context -> bus = TypedEvents.open(context));
    }

    /** The credential and allowed module locations, from framework properties, else system properties. */
    private static NetSecurity security(Function<String, String> properties) {
        String credential = properties.apply(NetSecurity.CREDENTIAL_PROPERTY);
        return credential == null ? NetSecurity.fromSystemProperties() : NetSecurity.of(credential);
    }

    void deactivate() {
        for (Server server : running) {
            server.close();
        }
        running.clear();
        TypedEvents.Bridge current = bus;
        if (current != null) {
            current.close().run();
        }
    }

    void addModuleFactory(ModuleFactory factory, Map<String, Object> properties) {
        Object type = properties.get(ModuleFactory.TYPE_PROPERTY);
        if (type == null) {
            System.getLogger(BedrockRuntime.class.getName()).log(System.Logger.Level.WARNING,
                    "Ignoring module factory {0}: no \"{1}\" service property", factory.getClass().getName(),
                    ModuleFactory.TYPE_PROPERTY);
            return;
        }
        modules.add(type.toString(), factory);
    }

    void removeModuleFactory(ModuleFactory factory, Map<String, Object> properties) {
        Object type = properties.get(ModuleFactory.TYPE_PROPERTY);
        if (type != null) {
            modules.remove(type.toString(), factory);
        }
    }

    @Override
    public Server create(String address, String spec, SpecOptions options) {
        if (setup == null) {
            throw new BedrockException("The Bedrock runtime is not active");
        }
        BedrockService service = BedrockService.start(address, spec, options, setup);
        Publisher.Publication registration = publisher.publish(Server.class, service,
                Map.of("bedrock.address", service.address()));
        running.add(service);
        service.onClose(() -> {
            running.remove(service);
            registration.close();
        });
        return service;
    }

    /** Checks a spec with this runtime's modules and loader; starts nothing (see {@link SpecChecker}). */
    @Override
    public CheckReport check(String spec, SpecOptions options) {
        if (setup == null) {
            throw new BedrockException("The Bedrock runtime is not active");
        }
        return SpecCheck.run(spec, options, setup);
    }
}
