package bedrock.api.event;

/**
 * A daemon is ready to serve ({@link Topics#DAEMON_READY}) or is stopping
 * ({@link Topics#DAEMON_STOPPING}).
 *
 * @param address the daemon's address
 */
public record DaemonEvent(String address) implements BedrockEvent {
}
