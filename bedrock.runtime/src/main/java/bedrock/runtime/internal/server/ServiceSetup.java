package bedrock.runtime.internal.server;

import bedrock.api.module.RpcEngine;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Publisher;
import bedrock.runtime.internal.core.RemoteProviders;
import bedrock.runtime.internal.event.EventSink;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The collaborators a service is built from, so that the same code runs inside OSGi (bundles,
 * service registry) and in plain tests (modules registered by hand).
 *
 * @param modules module types, fed by the factory whiteboard
 * @param loader installs module bundles
 * @param engines starts the RPC engine
 * @param scripts Jx9 for specs, conditions and queries
 * @param remote how to find providers of other daemons, given this service's engine
 * @param publisher makes providers and clients visible as services
 * @param moduleTimeout how long a loaded bundle may take to register its module types
 * @param started runs once the service is up, before {@code start} returns (e.g. to serve
 *     Bedrock's management RPCs); a failure closes the service
 * @param events where the events of every service go besides its own journal (the Typed Events
 *     bus in OSGi), including the rejections of specs that never started a service
 */
public record ServiceSetup(ModuleRegistry modules, ModuleLoader loader, EngineFactory engines, Scripts scripts,
        Function<RpcEngine, RemoteProviders> remote, Publisher publisher, Duration moduleTimeout,
        Consumer<BedrockService> started, EventSink events) {

    /** A setup whose events go to each service's journal only. */
    public ServiceSetup(ModuleRegistry modules, ModuleLoader loader, EngineFactory engines, Scripts scripts,
            Function<RpcEngine, RemoteProviders> remote, Publisher publisher, Duration moduleTimeout,
            Consumer<BedrockService> started) {
        this(modules, loader, engines, scripts, remote, publisher, moduleTimeout, started, EventSink.none());
    }

    /** A setup with nothing to run after start. */
    public ServiceSetup(ModuleRegistry modules, ModuleLoader loader, EngineFactory engines, Scripts scripts,
            Function<RpcEngine, RemoteProviders> remote, Publisher publisher, Duration moduleTimeout) {
        this(modules, loader, engines, scripts, remote, publisher, moduleTimeout, service -> { });
    }

    public ServiceSetup {
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(engines, "engines");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(moduleTimeout, "moduleTimeout");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(events, "events");
    }
}
