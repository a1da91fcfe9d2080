package bedrock.api.event;

/**
 * A spec was rejected at start-up ({@link Topics#SPEC_REJECTED}) or a runtime change was refused
 * ({@link Topics#CHANGE_REFUSED}); the daemon is exactly as it was before.
 *
 * @param address the daemon's address (empty when a spec was rejected before it had one)
 * @param operation what was asked: {@code start}, {@code add_pool}, {@code remove_provider}, ...
 * @param error the error message, as the caller got it
 * @param path the JSON Pointer of the offending item, or null when the error has none
 */
public record RefusalEvent(String address, String operation, String error, String path) implements BedrockEvent {
}
