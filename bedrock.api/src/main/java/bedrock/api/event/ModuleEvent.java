package bedrock.api.event;

/**
 * A module type became available to the daemon ({@link Topics#MODULE_LOADED}) or went away
 * because its bundle stopped ({@link Topics#MODULE_UNLOADED}).
 *
 * @param address the daemon's address
 * @param module the module type
 * @param location the bundle location the spec or RPC gave, or null when a bundle already provided it
 */
public record ModuleEvent(String address, String module, String location) implements BedrockEvent {
}
