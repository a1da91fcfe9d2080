package bedrock.api.event;

/**
 * A provider moved to another pool ({@link Topics#PROVIDER_POOL_CHANGED}).
 *
 * @param address the daemon's address
 * @param provider the provider's name
 * @param from the pool it ran on
 * @param to the pool it runs on now
 */
public record PoolChangeEvent(String address, String provider, String from, String to) implements BedrockEvent {
}
