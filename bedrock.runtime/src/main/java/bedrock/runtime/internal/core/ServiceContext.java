package bedrock.runtime.internal.core;

import bedrock.api.module.RpcEngine;
import java.time.Duration;
import java.util.Objects;

/**
 * What the client and provider managers need from the service around them.
 *
 * @param modules the known module types
 * @param resources pools, xstreams, abt_io instances and groups
 * @param engine the RPC engine (its address is this service's address)
 * @param remote how to find providers of other daemons
 * @param publisher how created objects are made visible (OSGi services)
 * @param bedrockProviderId Bedrock's own provider id, never given to a provider
 * @param resolutionTimeout how long a remote lookup may wait for its provider to appear
 */
public record ServiceContext(ModuleRegistry modules, ResourceDirectory resources, RpcEngine engine,
        RemoteProviders remote, Publisher publisher, int bedrockProviderId, Duration resolutionTimeout) {

    public ServiceContext {
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(resolutionTimeout, "resolutionTimeout");
    }
}
