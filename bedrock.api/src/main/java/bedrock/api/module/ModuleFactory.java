package bedrock.api.module;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Creates and destroys the providers and clients of one module type.
 *
 * <p>Registered as an OSGi service with the property {@value #TYPE_PROPERTY} naming the type
 * (see {@link BedrockModule}). Bedrock calls a factory from its own threads, never concurrently
 * for the same object; a factory must be thread-safe across objects. Errors are reported by
 * throwing: Bedrock wraps them into a {@link BedrockException} that names the provider or client
 * and leaves the service as it was. A {@link BedrockException} path that does not start with
 * {@code /} is relative to the entry's {@code config} object (e.g. {@code "group/type"} becomes
 * {@code /providers/2/config/group/type}).
 *
 * <p>The optional operations ({@link ProviderInstance#changePool}, {@code migrate},
 * {@code snapshot}, {@code restore}) fail with a clear error unless a module overrides them.
 */
@ConsumerType
public interface ModuleFactory {

    /** Service property naming the module type a factory serves. */
    String TYPE_PROPERTY = "bedrock.module";

    /** Capability namespace provided by module bundles. */
    String NAMESPACE = "bedrock.module";

    /**
     * The dependencies a provider with this configuration needs. Called before
     * {@link #createProvider}, with the provider's configuration only.
     *
     * @param config the provider's {@code config} object (never null, may be empty)
     */
    default List<Dependency> providerDependencies(Map<String, Object> config) {
        return List.of();
    }

    /** The dependencies a client with this configuration needs. */
    default List<Dependency> clientDependencies(Map<String, Object> config) {
        return List.of();
    }

    /**
     * Creates a provider. Its RPCs, if any, are registered through {@link ProviderArgs#engine()}
     * and must run on {@link ProviderArgs#pool()}.
     */
    ProviderInstance createProvider(ProviderArgs args) throws Exception;

    /**
     * Creates a client of this type. Modules without a client keep the default, which fails with
     * a clear error naming the type.
     */
    default ClientInstance createClient(ClientArgs args) throws Exception {
        throw new BedrockException("Module type \"" + args.type() + "\" does not provide a client");
    }

    /**
     * Creates the object a dependent module receives for a provider handle dependency. The
     * default hands out the raw {@link ProviderHandle}; a module may wrap it in a typed handle.
     *
     * @param client the client chosen for the handle (by {@code client->} or the first of the type)
     * @param handle where the provider is: address, provider id, type
     */
    default Object createProviderHandle(ClientInstance client, ProviderHandle handle) throws Exception {
        return handle;
    }

    /** Releases an object created by {@link #createProviderHandle}. */
    default void destroyProviderHandle(Object handle) {
    }
}
