package bedrock.api.server;

/**
 * A provider of a running service, as upstream's {@code ProviderDependency}.
 *
 * @param name the provider's name
 * @param type its module type
 * @param providerId its provider id
 * @param pool the name of the pool it runs on
 */
public record ProviderRef(String name, String type, int providerId, String pool) {
}
