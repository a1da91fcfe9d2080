package bedrock.api.module;

/**
 * A dependency reference that Bedrock resolved for a provider or client.
 *
 * @param name the resolved name as the completed config shows it: a pool or xstream name, a
 *     client or provider name, or {@code client->type:id@address} for a provider handle
 * @param type the dependency's declared type
 * @param handle the object itself: a {@link Pool}, {@link Xstream}, {@link AbtIo},
 *     {@link GroupHandle}, a {@link ClientInstance}, a {@link ProviderInstance}, or what
 *     {@link ModuleFactory#createProviderHandle} returned
 */
public record ResolvedDependency(String name, String type, Object handle) {

    /** The handle cast to the expected class, with an error naming the dependency when it is not one. */
    public <T> T handle(Class<T> expected) {
        if (!expected.isInstance(handle)) {
            throw new bedrock.api.BedrockException("Dependency \"" + name + "\" of type \"" + type
                    + "\" is a " + (handle == null ? "null" : handle.getClass().getName())
                    + ", not a " + expected.getName());
        }
        return expected.cast(handle);
    }
}
